using Entente.Core.Geodesy;
using Entente.Incidents.Events;
using Entente.Core.Detections;
using Entente.Rules.Alerts;

namespace Entente.Statistics.Operational;

/// <summary>
/// Computes what Entente's own records say of a range of nights (docs/statistics.md gives every definition): launches
/// detected and by beach, boats and people by outcome, incidents, handovers, and how fast the watch floor was.
/// </summary>
public static class OperationalStatistics
{
    /// <summary>How far apart in time a landing alert and a landed report may be and still be the same boat.</summary>
    public static readonly TimeSpan LandingMatchWindow = TimeSpan.FromMinutes(30);

    /// <summary>How far apart a landing alert and a landed report may be and still be the same boat, metres.</summary>
    public const double LandingMatchMetres = 5000;

    /// <summary>The most nights one report may cover.</summary>
    public const int MaxNights = 366;

    /// <summary>Computes the statistics of a range of nights.</summary>
    /// <param name="records">The records (those outside the range count for nothing, but may say how a boat in it ended).</param>
    /// <param name="firstNight">The first night, by its evening's date.</param>
    /// <param name="lastNight">The last night, inclusive.</param>
    /// <returns>The whole range and each night of it that has a record.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The last night is before the first, or the range is more than
    /// <see cref="MaxNights"/> nights.</exception>
    public static OperationalReport Compute(OperationalRecords records, DateOnly firstNight, DateOnly lastNight)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (lastNight < firstNight)
        {
            throw new ArgumentOutOfRangeException(nameof(lastNight), lastNight, "The last night is before the first.");
        }

        if (lastNight.DayNumber - firstNight.DayNumber + 1 > MaxNights)
        {
            throw new ArgumentOutOfRangeException(nameof(lastNight), lastNight, $"A report covers at most {MaxNights} nights.");
        }

        var facts = Facts(records);
        var nights = NightsWithRecords(records).Where(n => n >= firstNight && n <= lastNight)
            .Select(n => Period(facts, n, n)).ToList();
        return new OperationalReport(firstNight, lastNight, Period(facts, firstNight, lastNight), nights, records.Errors.Count);
    }

    /// <summary>The nights on which any record falls, in date order.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The nights.</returns>
    public static IReadOnlyList<DateOnly> NightsWithRecords(OperationalRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return [.. records.Times.Select(OperationalNight.Of).Distinct().Order()];
    }

    /// <summary>From each boat's launch to its first detection.</summary>
    /// <param name="pairs">When each boat was launched and when it was first detected; pairs in the wrong order count
    /// for nothing (a clock error, not a negative delay).</param>
    /// <returns>The durations, each on the night of its launch.</returns>
    internal static IEnumerable<OperationalFact> LaunchToFirstDetection(IEnumerable<(DateTimeOffset Launched, DateTimeOffset Detected)> pairs) =>
        pairs.Where(p => p.Detected >= p.Launched)
            .Select(p => new OperationalFact(p.Launched, FactKind.LaunchToFirstDetection, Duration: p.Detected - p.Launched));

    private static List<OperationalFact> Facts(OperationalRecords records)
    {
        var alerts = AlertHistory.From(records.AlertChanges);
        var facts = new List<OperationalFact>();
        facts.AddRange(BoatFacts(alerts, OutcomeBoat.From(records.Outcomes)));
        facts.AddRange(IncidentFacts(records.IncidentEvents, alerts));
        facts.AddRange(alerts.Where(a => a.FirstAcknowledgedAt >= a.RaisedAt)
            .Select(a => new OperationalFact(a.RaisedAt, FactKind.AlertToAcknowledgement, Duration: a.FirstAcknowledgedAt!.Value - a.RaisedAt)));
        facts.AddRange(LaunchToFirstDetection(alerts
            .Where(a => a.Type == AlertType.Launch && !a.IsFalseAlarm && a.LaunchedAt is not null && a.DetectedAt is not null)
            .Select(a => (a.LaunchedAt!.Value, a.DetectedAt!.Value))));
        return facts;
    }

    private static IEnumerable<OperationalFact> BoatFacts(IReadOnlyList<AlertHistory> alerts, IReadOnlyList<OutcomeBoat> boats)
    {
        var launches = alerts.Where(a => a.Type == AlertType.Launch && !a.IsFalseAlarm).ToList();
        var launchedTracks = launches.Select(a => a.Track).OfType<long>().ToHashSet();
        var launchedIncidents = launches.Select(a => a.Incident).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var atSea = boats.Where(b => b.Outcome != BoatOutcome.Prevented).ToList();

        foreach (var launch in launches)
        {
            // A reported count of the boat's people beats the estimate on its launch alert.
            var reported = atSea.FirstOrDefault(b => b.People is not null
                && ((launch.Track is { } t && b.Tracks.Contains(t)) || (launch.Incident is { } i && b.Incidents.Contains(i))));
            yield return new OperationalFact(launch.RaisedAt, FactKind.Launch, reported?.People ?? launch.People ?? 0, launch.Zone);
        }

        foreach (var boat in boats)
        {
            yield return new OperationalFact(boat.Time, Kind(boat.Outcome), boat.People ?? 0);
            if (boat.Outcome != BoatOutcome.Prevented && !boat.Tracks.Overlaps(launchedTracks) && !boat.Incidents.Overlaps(launchedIncidents))
            {
                yield return new OperationalFact(boat.Time, FactKind.FirstDetectedAtSea, boat.People ?? 0);
            }
        }

        var landed = boats.Where(b => b.Outcome == BoatOutcome.Landed).ToList();
        var seenTracks = new HashSet<long>();
        foreach (var landing in alerts.Where(a => a.Type == AlertType.Landing && !a.IsFalseAlarm))
        {
            if (landed.Any(b => Matches(b, landing)) || (landing.Track is { } track && !seenTracks.Add(track)))
            {
                continue;
            }

            yield return new OperationalFact(landing.RaisedAt, FactKind.Landed, landing.People ?? 0);
            if (!(landing.Track is { } t && launchedTracks.Contains(t)) && !(landing.Incident is { } i && launchedIncidents.Contains(i)))
            {
                yield return new OperationalFact(landing.RaisedAt, FactKind.FirstDetectedAtSea, landing.People ?? 0);
            }
        }
    }

    private static bool Matches(OutcomeBoat landed, AlertHistory landing)
    {
        if (landing.Track is { } track && landed.Tracks.Contains(track))
        {
            return true;
        }

        return (landed.Time - landing.RaisedAt).Duration() <= LandingMatchWindow
            && landed.Position is { } a && landing.Position is { } b && Geodesic.DistanceMetres(a, b) <= LandingMatchMetres;
    }

    private static FactKind Kind(BoatOutcome outcome) => outcome switch
    {
        BoatOutcome.Prevented => FactKind.Prevented,
        BoatOutcome.Intercepted => FactKind.Intercepted,
        BoatOutcome.Rescued => FactKind.Rescued,
        _ => FactKind.Landed,
    };

    private static IEnumerable<OperationalFact> IncidentFacts(IReadOnlyList<IncidentEvent> events, IReadOnlyList<AlertHistory> alerts)
    {
        var distressAlerts = alerts.Where(a => a.Type == AlertType.DistressReport).ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var incident in events.GroupBy(e => e.Incident))
        {
            var ordered = incident.OrderBy(e => e.Time).ToList();
            DateTimeOffset? firstDistress = null;
            DateTimeOffset? firstTasking = null;
            PeopleCounted? lastCount = null;
            foreach (var e in ordered)
            {
                switch (e)
                {
                    case IncidentOpened opened:
                        yield return new OperationalFact(e.Time, FactKind.IncidentOpened);
                        if (distressAlerts.TryGetValue(opened.Origin, out var report))
                        {
                            firstDistress = Earliest(firstDistress, report.RaisedAt <= e.Time ? report.RaisedAt : e.Time);
                        }

                        if (opened.People.Missing > 0)
                        {
                            lastCount = new PeopleCounted(e.Incident, e.Time, e.Actor, e.Reason, e.Coordinator, opened.People);
                        }

                        break;
                    case CallRecorded:
                        firstDistress = Earliest(firstDistress, e.Time);
                        break;
                    case AssetTasked:
                        firstTasking ??= e.Time;
                        break;
                    case PeopleCounted counted:
                        lastCount = counted;
                        break;
                    case IncidentClosed:
                        yield return new OperationalFact(e.Time, FactKind.IncidentClosed);
                        break;
                    case HandoverOffered:
                        yield return new OperationalFact(e.Time, FactKind.HandoverOffered);
                        break;
                    case HandoverAccepted:
                        yield return new OperationalFact(e.Time, FactKind.HandoverAccepted);
                        break;
                    case HandoverDeclined:
                        yield return new OperationalFact(e.Time, FactKind.HandoverDeclined);
                        break;
                    default:
                        break;
                }
            }

            if (firstDistress is { } start && firstTasking is { } tasked && tasked >= start)
            {
                yield return new OperationalFact(start, FactKind.DistressToFirstTasking, Duration: tasked - start);
            }

            if (lastCount is { People.Missing: > 0 })
            {
                yield return new OperationalFact(lastCount.Time, FactKind.Missing, lastCount.People.Missing);
            }
        }
    }

    private static DateTimeOffset Earliest(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x <= b ? x : b;

    private static OperationalPeriod Period(List<OperationalFact> facts, DateOnly first, DateOnly last)
    {
        var start = OperationalNight.Start(first);
        var end = OperationalNight.End(last);
        var inRange = facts.Where(f => f.Time >= start && f.Time < end).ToLookup(f => f.Kind);
        var launches = inRange[FactKind.Launch].ToList();
        var firstAtSea = inRange[FactKind.FirstDetectedAtSea].ToList();
        var byBeach = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var beach in launches.Select(l => l.Beach).OfType<string>())
        {
            byBeach[beach] = byBeach.GetValueOrDefault(beach) + 1;
        }

        return new OperationalPeriod
        {
            FirstNight = first,
            LastNight = last,
            LaunchesDetected = launches.Count,
            LaunchesByBeach = byBeach,
            BoatsAtSea = launches.Count + firstAtSea.Count,
            BoatsLanded = inRange[FactKind.Landed].Count(),
            BoatsPrevented = inRange[FactKind.Prevented].Count(),
            BoatsIntercepted = inRange[FactKind.Intercepted].Count(),
            BoatsRescued = inRange[FactKind.Rescued].Count(),
            PeopleAtSea = launches.Sum(f => f.People) + firstAtSea.Sum(f => f.People),
            PeopleLanded = inRange[FactKind.Landed].Sum(f => f.People),
            PeoplePrevented = inRange[FactKind.Prevented].Sum(f => f.People),
            PeopleIntercepted = inRange[FactKind.Intercepted].Sum(f => f.People),
            PeopleRescued = inRange[FactKind.Rescued].Sum(f => f.People),
            PeopleMissing = inRange[FactKind.Missing].Sum(f => f.People),
            IncidentsOpened = inRange[FactKind.IncidentOpened].Count(),
            IncidentsClosed = inRange[FactKind.IncidentClosed].Count(),
            HandoversOffered = inRange[FactKind.HandoverOffered].Count(),
            HandoversAccepted = inRange[FactKind.HandoverAccepted].Count(),
            HandoversDeclined = inRange[FactKind.HandoverDeclined].Count(),
            LaunchToFirstDetection = DurationSummaries.Summarise(inRange[FactKind.LaunchToFirstDetection].Select(f => f.Duration)),
            AlertToAcknowledgement = DurationSummaries.Summarise(inRange[FactKind.AlertToAcknowledgement].Select(f => f.Duration)),
            DistressToFirstTasking = DurationSummaries.Summarise(inRange[FactKind.DistressToFirstTasking].Select(f => f.Duration)),
        };
    }
}
