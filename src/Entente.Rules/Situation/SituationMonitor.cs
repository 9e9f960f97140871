using Entente.Geo.Geography;
using Entente.Rules.Alerts;
using Entente.Rules.Environment;
using Entente.Rules.Rules;

namespace Entente.Rules.Situation;

/// <summary>
/// The rules stage of the pipeline: at each frame, brings the track histories up to date, runs every rule, raises what
/// they find in the alert book, and escalates alerts left unacknowledged.
/// </summary>
/// <remarks>Not thread-safe for <see cref="Observe"/> (the pipeline's thread); the book itself is thread-safe.</remarks>
public sealed class SituationMonitor
{
    private readonly List<AlertCandidate> _found = [];

    /// <summary>Creates a monitor.</summary>
    /// <param name="geography">The Channel geography.</param>
    /// <param name="rules">The rules; <see cref="StandardRules"/> when null.</param>
    /// <param name="book">The alert book; a new one with default times when null.</param>
    /// <param name="current">The assumed surface current; still water when null.</param>
    public SituationMonitor(ChannelGeography geography, IReadOnlyList<ISituationRule>? rules = null, AlertBook? book = null,
        ISeaCurrent? current = null)
    {
        Context = new SituationContext(geography, current);
        Rules = rules ?? StandardRules();
        Book = book ?? new AlertBook();
    }

    /// <summary>Geography, current and track histories.</summary>
    public SituationContext Context { get; }

    /// <summary>The rules, in the order they run.</summary>
    public IReadOnlyList<ISituationRule> Rules { get; }

    /// <summary>The alerts.</summary>
    public AlertBook Book { get; }

    /// <summary>The standard rules with their default options.</summary>
    /// <returns>A new set of rules.</returns>
    public static IReadOnlyList<ISituationRule> StandardRules() =>
    [
        new LaunchRule(), new TaxiBoatRule(), new TssEntryRule(), new BoundaryCrossingRule(), new StoppedAtSeaRule(),
        new ApproachingCoastRule(), new AisGapRule(), new DistressReportRule(),
    ];

    /// <summary>The distress report rule among <see cref="Rules"/>, with its correlator, or null when it is not one of them.</summary>
    public DistressReportRule? Distress => Rules.OfType<DistressReportRule>().FirstOrDefault();

    /// <summary>Runs the rules on a frame.</summary>
    /// <param name="frame">The frame.</param>
    /// <returns>The alerts raised and escalated, in order.</returns>
    public IReadOnlyList<AlertChange> Observe(SituationFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        Context.Observe(frame);
        _found.Clear();
        foreach (var rule in Rules)
        {
            rule.Evaluate(frame, Context, _found);
        }

        var changes = new List<AlertChange>();
        foreach (var candidate in _found)
        {
            if (Book.Raise(candidate) is { } raised)
            {
                changes.Add(raised);
            }
        }

        changes.AddRange(Book.Tick(frame.Time));
        return changes;
    }
}
