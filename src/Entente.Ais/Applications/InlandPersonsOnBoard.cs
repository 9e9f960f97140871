using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>
/// Number of persons on board (Inland AIS, message 6, DAC 200, FI 55; exactly 80 bits of application data): crew,
/// passengers and shipboard personnel.
/// </summary>
public readonly record struct InlandPersonsOnBoard : IAisApplication
{
    /// <summary>The length of the application data, in bits.</summary>
    public const int DataBits = 80;

    /// <inheritdoc />
    public int DesignatedAreaCode => 200;

    /// <inheritdoc />
    public int FunctionalId => 55;

    /// <summary>Raw crew count: 0–254, 255 unknown.</summary>
    public int CrewRaw { get; init; }

    /// <summary>Raw passenger count: 0–8190, 8191 unknown.</summary>
    public int PassengersRaw { get; init; }

    /// <summary>Raw shipboard personnel count: 0–254, 255 unknown.</summary>
    public int PersonnelRaw { get; init; }

    /// <summary>The crew on board, or null when unknown.</summary>
    public int? Crew => ApplicationFields.Whole(CrewRaw, 0, 254);

    /// <summary>The passengers on board, or null when unknown.</summary>
    public int? Passengers => ApplicationFields.Whole(PassengersRaw, 0, 8190);

    /// <summary>The shipboard personnel on board, or null when unknown.</summary>
    public int? Personnel => ApplicationFields.Whole(PersonnelRaw, 0, 254);

    internal static bool TryRead(in AisPayload bits, out InlandPersonsOnBoard application)
    {
        application = default;
        if (bits.BitLength != DataBits)
        {
            return false;
        }

        application = new InlandPersonsOnBoard
        {
            CrewRaw = (int)bits.Field(0, 8),
            PassengersRaw = (int)bits.Field(8, 13),
            PersonnelRaw = (int)bits.Field(21, 8),
        };
        return true;
    }
}
