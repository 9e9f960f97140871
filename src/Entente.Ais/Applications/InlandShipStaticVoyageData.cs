using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>
/// Inland ship static and voyage related data (Inland AIS, message 8, DAC 200, FI 10; exactly 112 bits of application
/// data): the European vessel identification number, dimensions, ERI ship type, blue cones and load status. Data
/// whose hazard code is not 0 to 5 is not this application (the DAC/FI pair is known to collide in the wild).
/// </summary>
public readonly record struct InlandShipStaticVoyageData : IAisApplication
{
    /// <summary>The length of the application data, in bits.</summary>
    public const int DataBits = 112;

    /// <inheritdoc />
    public int DesignatedAreaCode => 200;

    /// <inheritdoc />
    public int FunctionalId => 10;

    /// <summary>The European vessel identification number (ENI), 8 characters; empty when not available.</summary>
    public string EuropeanVesselId { get; init; }

    /// <summary>Raw length of ship in 0.1 m: 1–8000, 0 not available.</summary>
    public int LengthTenthsMetre { get; init; }

    /// <summary>Raw beam of ship in 0.1 m: 1–1000, 0 not available.</summary>
    public int BeamTenthsMetre { get; init; }

    /// <summary>The ship or convoy type: an ERI code (8000–8370) or, from some transmitters, a SOLAS ship type (1–99).</summary>
    public int ShipTypeCode { get; init; }

    /// <summary>The hazardous cargo signalled.</summary>
    public InlandHazardousCargo HazardousCargo { get; init; }

    /// <summary>Raw draught in 0.01 m: 1–2000, 0 not available.</summary>
    public int DraughtHundredthsMetre { get; init; }

    /// <summary>The load status.</summary>
    public InlandLoadStatus LoadStatus { get; init; }

    /// <summary>True when the speed comes from a high-quality source rather than GNSS.</summary>
    public bool SpeedQualityHigh { get; init; }

    /// <summary>True when the course comes from a high-quality source rather than GNSS.</summary>
    public bool CourseQualityHigh { get; init; }

    /// <summary>True when the heading comes from a high-quality source rather than GNSS.</summary>
    public bool HeadingQualityHigh { get; init; }

    /// <summary>The eight spare bits.</summary>
    public int Spare { get; init; }

    /// <summary>Length of ship in metres, or null when not available.</summary>
    public double? LengthMetres => ApplicationFields.Tenths(LengthTenthsMetre, 1, 8000);

    /// <summary>Beam of ship in metres, or null when not available.</summary>
    public double? BeamMetres => ApplicationFields.Tenths(BeamTenthsMetre, 1, 1000);

    /// <summary>Draught in metres, or null when not available.</summary>
    public double? DraughtMetres => DraughtHundredthsMetre is >= 1 and <= 2000 ? DraughtHundredthsMetre / 100.0 : null;

    internal static bool TryRead(in AisPayload bits, out InlandShipStaticVoyageData application)
    {
        application = default;
        var hazard = (int)bits.Field(85, 3);
        if (bits.BitLength != DataBits || hazard > (int)InlandHazardousCargo.Unknown)
        {
            return false;
        }

        application = new InlandShipStaticVoyageData
        {
            EuropeanVesselId = bits.Text(0, 48),
            LengthTenthsMetre = (int)bits.Field(48, 13),
            BeamTenthsMetre = (int)bits.Field(61, 10),
            ShipTypeCode = (int)bits.Field(71, 14),
            HazardousCargo = (InlandHazardousCargo)hazard,
            DraughtHundredthsMetre = (int)bits.Field(88, 11),
            LoadStatus = (InlandLoadStatus)bits.Field(99, 2),
            SpeedQualityHigh = bits.Flag(101),
            CourseQualityHigh = bits.Flag(102),
            HeadingQualityHigh = bits.Flag(103),
            Spare = (int)bits.Field(104, 8),
        };
        return true;
    }
}
