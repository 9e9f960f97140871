using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>
/// AtoN monitoring data of the General Lighthouse Authorities (IALA A-126; message 6, DAC 235 in the UK or 250 in
/// Ireland, FI 10; exactly 48 bits of application data): supply voltages, RACON and light status, alarms.
/// </summary>
public readonly record struct AtonMonitoringData : IAisApplication
{
    /// <summary>The length of the application data, in bits.</summary>
    public const int DataBits = 48;

    /// <inheritdoc />
    public int DesignatedAreaCode { get; init; }

    /// <inheritdoc />
    public int FunctionalId => 10;

    /// <summary>Raw supply voltage of the AIS unit in 0.05 V; 0 not used.</summary>
    public int InternalVoltageTwentiethsVolt { get; init; }

    /// <summary>Raw external analogue input 1 in 0.05 V; 0 not used.</summary>
    public int External1VoltageTwentiethsVolt { get; init; }

    /// <summary>Raw external analogue input 2 in 0.05 V; 0 not used.</summary>
    public int External2VoltageTwentiethsVolt { get; init; }

    /// <summary>The RACON status.</summary>
    public RaconStatus Racon { get; init; }

    /// <summary>The light status.</summary>
    public AtonLightStatus Light { get; init; }

    /// <summary>True when the station reports an alarm (bad health).</summary>
    public bool Alarm { get; init; }

    /// <summary>The eight external digital inputs, input 7 in the high bit; a set bit means on.</summary>
    public int DigitalInputs { get; init; }

    /// <summary>True when the aid is off its charted position.</summary>
    public bool OffPosition { get; init; }

    /// <summary>The four spare bits.</summary>
    public int Spare { get; init; }

    /// <summary>Supply voltage of the AIS unit in volts, or null when not used.</summary>
    public double? InternalVolts => Volts(InternalVoltageTwentiethsVolt);

    /// <summary>External analogue input 1 in volts, or null when not used.</summary>
    public double? External1Volts => Volts(External1VoltageTwentiethsVolt);

    /// <summary>External analogue input 2 in volts, or null when not used.</summary>
    public double? External2Volts => Volts(External2VoltageTwentiethsVolt);

    internal static bool TryRead(in AisPayload bits, int designatedAreaCode, out AtonMonitoringData application)
    {
        application = default;
        if (bits.BitLength != DataBits)
        {
            return false;
        }

        application = new AtonMonitoringData
        {
            DesignatedAreaCode = designatedAreaCode,
            InternalVoltageTwentiethsVolt = (int)bits.Field(0, 10),
            External1VoltageTwentiethsVolt = (int)bits.Field(10, 10),
            External2VoltageTwentiethsVolt = (int)bits.Field(20, 10),
            Racon = (RaconStatus)bits.Field(30, 2),
            Light = (AtonLightStatus)bits.Field(32, 2),
            Alarm = bits.Flag(34),
            DigitalInputs = (int)bits.Field(35, 8),
            OffPosition = bits.Flag(43),
            Spare = (int)bits.Field(44, 4),
        };
        return true;
    }

    private static double? Volts(int raw) => raw == 0 ? null : raw / 20.0;
}
