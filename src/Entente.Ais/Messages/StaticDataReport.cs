namespace Entente.Ais.Messages;

/// <summary>
/// A class B static data record: message 24 parts A and B of one MMSI joined (ITU-R M.1371-5 §3.23), the class B
/// counterpart of message 5's static fields. Made by <see cref="Combine"/> or <see cref="StaticDataReportMerger"/>.
/// </summary>
public readonly record struct StaticDataReport : IAisMessage
{
    /// <inheritdoc />
    public int MessageType => 24;

    /// <summary>The repeat indicator of part B, the part that completed the record.</summary>
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The ship's name from part A; empty when not available.</summary>
    public string Name { get; init; }

    /// <summary>Type of ship and cargo from part B.</summary>
    public ShipType ShipType { get; init; }

    /// <summary>The manufacturer's identifier, up to 3 characters.</summary>
    public string VendorId { get; init; }

    /// <summary>The 18 raw bits of the manufacturer's identifier.</summary>
    public int VendorIdRaw { get; init; }

    /// <summary>The unit's model code; 0 not available.</summary>
    public int UnitModelCode { get; init; }

    /// <summary>The unit's serial number; 0 not available.</summary>
    public int SerialNumber { get; init; }

    /// <summary>The call sign, up to 7 characters.</summary>
    public string CallSign { get; init; }

    /// <summary>Distance from the reference point to the bow in metres; 0 not available.</summary>
    public int ToBowMetres { get; init; }

    /// <summary>Distance from the reference point to the stern in metres; 0 not available.</summary>
    public int ToSternMetres { get; init; }

    /// <summary>Distance from the reference point to port in metres; 0 not available.</summary>
    public int ToPortMetres { get; init; }

    /// <summary>Distance from the reference point to starboard in metres; 0 not available.</summary>
    public int ToStarboardMetres { get; init; }

    /// <summary>The dimension bits read as the mother ship's MMSI (meaningful for an auxiliary craft).</summary>
    public int MothershipMmsiRaw { get; init; }

    /// <summary>True when the MMSI is an auxiliary craft's (98MIDxxxx).</summary>
    public bool IsAuxiliaryCraft => IsAuxiliaryCraftMmsi(Mmsi);

    /// <summary>The mother ship's MMSI for an auxiliary craft, otherwise null.</summary>
    public int? MothershipMmsi => IsAuxiliaryCraft ? MothershipMmsiRaw : null;

    /// <summary>Joins the two parts of one station's report.</summary>
    /// <param name="partA">Part A.</param>
    /// <param name="partB">Part B, of the same MMSI.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">The parts have different MMSIs.</exception>
    public static StaticDataReport Combine(in StaticDataReportPartA partA, in StaticDataReportPartB partB)
    {
        if (partA.Mmsi != partB.Mmsi)
        {
            throw new ArgumentException("The parts belong to different stations.", nameof(partB));
        }

        return new StaticDataReport
        {
            RepeatIndicator = partB.RepeatIndicator,
            Mmsi = partB.Mmsi,
            Name = partA.Name,
            ShipType = partB.ShipType,
            VendorId = partB.VendorId,
            VendorIdRaw = partB.VendorIdRaw,
            UnitModelCode = partB.UnitModelCode,
            SerialNumber = partB.SerialNumber,
            CallSign = partB.CallSign,
            ToBowMetres = partB.ToBowMetres,
            ToSternMetres = partB.ToSternMetres,
            ToPortMetres = partB.ToPortMetres,
            ToStarboardMetres = partB.ToStarboardMetres,
            MothershipMmsiRaw = partB.MothershipMmsiRaw,
        };
    }

    /// <summary>True for an auxiliary craft's MMSI, 98MIDxxxx (ITU-R M.585).</summary>
    /// <param name="mmsi">The MMSI.</param>
    /// <returns>True when the MMSI has nine digits starting with 98.</returns>
    internal static bool IsAuxiliaryCraftMmsi(int mmsi) => mmsi / 10_000_000 == 98;
}
