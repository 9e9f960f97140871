namespace Entente.Statistics.Operational;

/// <summary>
/// What Entente's own records say of a period of nights: launches detected (by beach), boats and people by outcome,
/// incidents and handovers, and how fast the watch floor was. A night runs from noon UTC to noon UTC and is named by
/// the date of its evening.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record OperationalPeriod
{
    /// <summary>The first night of the period (its evening's date).</summary>
    public required DateOnly FirstNight { get; init; }

    /// <summary>The last night of the period, inclusive.</summary>
    public required DateOnly LastNight { get; init; }

    /// <summary>Launches detected: launch alerts not resolved as false.</summary>
    public int LaunchesDetected { get; init; }

    /// <summary>Launches detected by beach (the geography's feature id), in id order.</summary>
    public IReadOnlyDictionary<string, int> LaunchesByBeach { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Distinct boats known at sea during the period.</summary>
    public int BoatsAtSea { get; init; }

    /// <summary>Boats that landed (landing alerts and landing reports, each boat once).</summary>
    public int BoatsLanded { get; init; }

    /// <summary>Launches reported prevented on the beach.</summary>
    public int BoatsPrevented { get; init; }

    /// <summary>Boats reported intercepted.</summary>
    public int BoatsIntercepted { get; init; }

    /// <summary>Boats reported rescued.</summary>
    public int BoatsRescued { get; init; }

    /// <summary>People reported or estimated aboard boats at sea.</summary>
    public int PeopleAtSea { get; init; }

    /// <summary>People who landed.</summary>
    public int PeopleLanded { get; init; }

    /// <summary>People whose launch was prevented.</summary>
    public int PeoplePrevented { get; init; }

    /// <summary>People taken aboard by interception.</summary>
    public int PeopleIntercepted { get; init; }

    /// <summary>People rescued.</summary>
    public int PeopleRescued { get; init; }

    /// <summary>People recorded missing on incidents.</summary>
    public int PeopleMissing { get; init; }

    /// <summary>Incidents opened.</summary>
    public int IncidentsOpened { get; init; }

    /// <summary>Incidents closed.</summary>
    public int IncidentsClosed { get; init; }

    /// <summary>Handovers offered between the centres.</summary>
    public int HandoversOffered { get; init; }

    /// <summary>Handovers accepted.</summary>
    public int HandoversAccepted { get; init; }

    /// <summary>Handovers declined.</summary>
    public int HandoversDeclined { get; init; }

    /// <summary>From a boat's launch (as estimated by the launch rule) to its first detection.</summary>
    public DurationSummary LaunchToFirstDetection { get; init; } = new(0, null, null, null);

    /// <summary>From an alert being raised to its first acknowledgement.</summary>
    public DurationSummary AlertToAcknowledgement { get; init; } = new(0, null, null, null);

    /// <summary>From the first distress report of an incident to its first asset tasking.</summary>
    public DurationSummary DistressToFirstTasking { get; init; } = new(0, null, null, null);
}
