using System.Globalization;
using Entente.Core.Geodesy;
using Entente.Geo.Geography;
using Entente.Rules.Correlation;
using Entente.Rules.Situation;
using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;
using Entente.Simulation.World;
using Entente.Testing.Situation;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Tracks;

namespace Entente.Rules.Tests.Correlation;

/// <summary>
/// A simulated night run through the tracker and the distress correlator, scored against the truth: which boat each
/// call came from (its truth id) and which boat each track follows. The truth is used here to score only.
/// </summary>
internal sealed class CorrelationNight
{
    // A track follows a boat when it is within this of the boat's true position (the nearest such boat).
    private const double FollowsWithinMetres = 1000;

    private readonly Dictionary<long, Dictionary<string, int>> _votes = [];

    /// <summary>Runs a scenario through the tracker and a correlator, and scores the correlator.</summary>
    public static CorrelationNight Run(Scenario scenario, DistressCorrelatorOptions? options = null)
    {
        var result = new CorrelationNight();
        var correlator = new DistressCorrelator(options);
        var boats = new Dictionary<string, TruthRecord>(StringComparer.Ordinal);
        var feed = new SituationFeed(TrackingPipeline.Build(), TimeSpan.FromSeconds(10));

        void Frame(SituationFrame frame)
        {
            var follows = Follows(frame, boats.Values);
            foreach (var (track, boat) in follows)
            {
                result.Vote(track, boat);
            }

            foreach (var change in correlator.Observe(frame))
            {
                result.Log.Add(string.Create(CultureInfo.InvariantCulture, $"{change.Time:HH:mm:ss} {change.Kind}: {change.Reason}"));
                result.Take(change, follows);
            }
        }

        void Truth(TruthRecord record)
        {
            if (record.Kind == ObjectKind.SmallBoat)
            {
                boats[record.Id] = record;
            }
        }

        var sink = new SimulatedSituation(feed, Frame, Truth);
        new Simulator(scenario, ChannelGeography.LoadDefault(), sink).Run();
        result.Finish(correlator);
        return result;
    }

    // Each track to the boat it follows: the nearest small boat at sea within the distance.
    private static Dictionary<long, string> Follows(SituationFrame frame, IEnumerable<TruthRecord> boats)
    {
        var atSea = boats.Where(b => b.State != ObjectState.Ashore && frame.Time - b.Time <= TimeSpan.FromMinutes(1)).ToList();
        var follows = new Dictionary<long, string>();
        if (atSea.Count == 0)
        {
            return follows;
        }

        // Only tracks a call may be tied to: not tentative, not a vessel with AIS (a lifeboat alongside is not the boat).
        foreach (var track in frame.Tracks.Where(t => t.Status != TrackStatus.Tentative && t.Class != TrackClass.VesselWithAis))
        {
            if (atSea.All(b => Math.Abs(b.Position.LatitudeDegrees - track.Position.LatitudeDegrees) > 0.02))
            {
                continue;
            }

            var nearest = atSea.Select(b => (b.Id, Metres: Geodesic.DistanceMetres(b.Position, track.Position))).MinBy(x => x.Metres);
            if (nearest.Metres <= FollowsWithinMetres)
            {
                follows[track.Id] = nearest.Id;
            }
        }

        return follows;
    }


    public List<string> Log { get; } = [];

    /// <summary>One line per call: its boat, whether tracked, and what the call alone and its case said.</summary>
    public List<string> CallLines { get; } = [];

    public int Calls { get; private set; }

    public int Positioned { get; private set; }

    public int PositionedRight { get; private set; }

    public int Tracked { get; private set; }

    public int TrackedRight { get; private set; }

    public int TrackedNone { get; private set; }

    public int Untracked { get; private set; }

    public int UntrackedRight { get; private set; }

    public int ConfidentWrong { get; private set; }

    public int AmbiguousCalls { get; private set; }

    /// <summary>Calls after which their case's best hypothesis was right: the track of the calling boat, or no track
    /// when no track followed it.</summary>
    public int CaseRight { get; private set; }

    public int Joins { get; private set; }

    public int RightJoins { get; private set; }

    public int RightLinks { get; private set; }

    public int WrongLinks { get; private set; }

    public IReadOnlyList<DistressCase> Cases { get; private set; } = [];

    public int PureCases { get; private set; }

    public int CasesOnTheirBoat { get; private set; }

    public int CasesOnNoTrack { get; private set; }

    /// <summary>Cases whose best track at the end followed another boat than the one their calls came from, or none.</summary>
    public int CasesOnAnotherBoat { get; private set; }

    public string Summary { get; private set; } = "";

    public Dictionary<string, int> CasesPerBoat { get; } = new(StringComparer.Ordinal);

    /// <summary>Changes made, by kind.</summary>
    public Dictionary<CaseChangeKind, int> Changes { get; } = [];

    public void Vote(long track, string boat)
    {
        if (!_votes.TryGetValue(track, out var votes))
        {
            _votes[track] = votes = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        votes[boat] = votes.GetValueOrDefault(boat) + 1;
    }

    public string? Boat(long? track) => track is { } id && _votes.TryGetValue(id, out var votes) ? votes.MaxBy(v => v.Value).Key : null;

    public void Take(CaseChange change, Dictionary<long, string> follows)
    {
        Changes[change.Kind] = Changes.GetValueOrDefault(change.Kind) + 1;
        if (change.Kind == CaseChangeKind.Linked)
        {
            return;
        }

        if (change.Call is not { } call || call.Record.TruthId is not { } truth)
        {
            return;
        }

        Calls++;
        var tracked = follows.ContainsValue(truth);
        // A track that has ended is named by the boat it followed most.
        var bestBoat = call.BestTrackId is { } best ? follows.GetValueOrDefault(best) ?? Boat(best) : null;
        var right = bestBoat == truth || (!tracked && call.BestTrackId is null);
        if (call.SigmaMetres < 10_000)
        {
            // The simulator gives a call with no position 10 km around the boat; the others carry a real one.
            Positioned++;
            PositionedRight += right ? 1 : 0;
        }

        if (tracked)
        {
            Tracked++;
            TrackedRight += right ? 1 : 0;
            TrackedNone += call.BestTrackId is null ? 1 : 0;
        }
        else
        {
            Untracked++;
            UntrackedRight += right ? 1 : 0;
        }

        var caseBoat = change.Case.BestTrackId is { } caseBest ? follows.GetValueOrDefault(caseBest) ?? Boat(caseBest) : null;
        var caseRight = caseBoat == truth || (!tracked && change.Case.BestTrackId is null);
        CaseRight += caseRight ? 1 : 0;
        CallLines.Add(string.Create(CultureInfo.InvariantCulture,
            $"{call.Time:HH:mm} call {call.Number} {truth} {(tracked ? "tracked by " + string.Join("/", follows.Where(f => f.Value == truth).Select(f => f.Key)) : "untracked")} sigma {call.SigmaMetres:0} | call: {call.Correlation} {call.BestTrackId?.ToString(CultureInfo.InvariantCulture) ?? "none"} ({bestBoat ?? "-"}) p {(call.Candidates.Count > 0 ? call.Candidates[0].Probability : 0):0.00} none {call.NoneProbability:0.00} {(right ? "ok" : "WRONG")} | case {change.Case.Number}: {change.Case.Correlation} {change.Case.BestTrackId?.ToString(CultureInfo.InvariantCulture) ?? "none"} ({caseBoat ?? "-"}) p {change.Case.BestProbability:0.00} none {change.Case.NoneProbability:0.00} {(caseRight ? "ok" : "WRONG")}"));
        ConfidentWrong += call.Candidates.Any(c => c.Probability >= 0.9 && (follows.GetValueOrDefault(c.TrackId) ?? Boat(c.TrackId)) is { } b && b != truth) ? 1 : 0;
        AmbiguousCalls += call.Correlation == CaseCorrelation.Ambiguous ? 1 : 0;
        if (change.Kind == CaseChangeKind.Joined)
        {
            Joins++;
            RightJoins += change.Case.Calls.Take(change.Case.Calls.Count - 1).All(c => c.Record.TruthId == truth) ? 1 : 0;
        }
    }

    public void Finish(DistressCorrelator correlator)
    {
        Summary = correlator.Describe();
        Cases = correlator.Cases;
        foreach (var c in Cases)
        {
            var truths = c.Calls.Select(x => x.Record.TruthId ?? "?").ToList();
            var majority = truths.GroupBy(t => t, StringComparer.Ordinal).MaxBy(g => g.Count())!.Key;
            PureCases += truths.All(t => t == majority) ? 1 : 0;
            var endBoat = Boat(c.BestTrackId);
            (CasesOnTheirBoat, CasesOnNoTrack, CasesOnAnotherBoat) = c.BestTrackId is null ? (CasesOnTheirBoat, CasesOnNoTrack + 1, CasesOnAnotherBoat)
                : endBoat == majority ? (CasesOnTheirBoat + 1, CasesOnNoTrack, CasesOnAnotherBoat)
                : (CasesOnTheirBoat, CasesOnNoTrack, CasesOnAnotherBoat + 1);
            CasesPerBoat[majority] = CasesPerBoat.GetValueOrDefault(majority) + 1;
            foreach (var other in c.LinkedCases.Where(o => o > c.Number))
            {
                var theirs = Cases[(int)other - 1].Calls.Select(x => x.Record.TruthId).GroupBy(t => t).MaxBy(g => g.Count())!.Key;
                (RightLinks, WrongLinks) = theirs == majority ? (RightLinks + 1, WrongLinks) : (RightLinks, WrongLinks + 1);
            }
        }
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"""
        {Summary}
        calls {Calls}: with a position {Positioned}, right best hypothesis {PositionedRight} ({Share(PositionedRight, Positioned)})
        from a tracked boat {Tracked}: best is its track {TrackedRight} ({Share(TrackedRight, Tracked)}), best is no track {TrackedNone}
        from an untracked boat {Untracked}: best is no track or a track of the boat that has ended {UntrackedRight} ({Share(UntrackedRight, Untracked)})
        after each call, its case's best hypothesis right {CaseRight} ({Share(CaseRight, Calls)})
        calls with p >= 0.9 on another boat's track {ConfidentWrong}; calls shown ambiguous {AmbiguousCalls} ({Share(AmbiguousCalls, Calls)})
        joins {Joins}, right {RightJoins}; links between cases of one boat {RightLinks}, of different boats {WrongLinks}
        cases {Cases.Count}: pure {PureCases} ({Share(PureCases, Cases.Count)}), at the end best on a track of their boat {CasesOnTheirBoat}, on no track {CasesOnNoTrack}, on another track {CasesOnAnotherBoat}, ambiguous {Cases.Count(c => c.IsAmbiguous)}, uncorrelated {Cases.Count(c => c.Correlation == CaseCorrelation.Uncorrelated)}
        changes: {string.Join(", ", Changes.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}
        cases per boat: {string.Join(", ", CasesPerBoat.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}
        """);

    public IEnumerable<string> CaseLines() => Cases.Select(c => string.Create(CultureInfo.InvariantCulture,
        $"case {c.Number}: {c.Calls.Count} calls ({string.Join(", ", c.Calls.GroupBy(x => x.Record.TruthId).Select(g => $"{g.Key} x{g.Count()}"))}), {c.Callers.Count} callers, {c.Correlation}, best track {c.BestTrackId?.ToString(CultureInfo.InvariantCulture) ?? "none"} ({Boat(c.BestTrackId) ?? "-"}) p {c.BestProbability:0.00}, none {c.NoneProbability:0.00}, linked [{string.Join(" ", c.LinkedCases)}]"));

    private static string Share(int part, int whole) => whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0}%");
}
