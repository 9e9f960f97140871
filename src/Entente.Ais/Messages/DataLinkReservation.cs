namespace Entente.Ais.Messages;

/// <summary>One slot reservation of a data link management message (message 20).</summary>
public readonly record struct DataLinkReservation
{
    /// <summary>The offset from the receiving slot to the first reserved slot; 0 means the block is unused.</summary>
    public int OffsetNumber { get; init; }

    /// <summary>How many consecutive slots are reserved, 1 to 15; 0 means the block is unused.</summary>
    public int SlotCount { get; init; }

    /// <summary>How long the reservation holds, in minutes (1 to 7); 0 means the block is unused.</summary>
    public int TimeoutMinutes { get; init; }

    /// <summary>The increment to the next repeat of the reservation, in slots; 0 means one reservation per frame.</summary>
    public int Increment { get; init; }
}
