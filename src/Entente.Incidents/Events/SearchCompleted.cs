using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Incidents.Centres;

namespace Entente.Incidents.Events;

/// <summary>
/// A search that found nothing: which unit searched, with what pattern, over what area, with what probability of
/// detection, and its probability of success against where the drift said the boat was. The incident's cumulative
/// probability of success grows with each; the drift's particles in the area lose weight (negative information).
/// </summary>
public sealed record SearchCompleted : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When the search ended.</param>
    /// <param name="actor">Who recorded it.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="assetName">The unit that searched.</param>
    /// <param name="pattern">The pattern's name, e.g. "expanding_square".</param>
    /// <param name="area">The area searched: its outline, at least three positions.</param>
    /// <param name="probabilityOfDetection">The probability of detecting the boat had it been in the area, 0 to 1.</param>
    /// <param name="probabilityOfSuccess">The search's probability of success, 0 to 1.</param>
    /// <exception cref="ArgumentException">A value is out of range or the area has fewer than three positions.</exception>
    public SearchCompleted(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator,
        string assetName, string pattern, IReadOnlyList<GeoPosition> area, double probabilityOfDetection, double probabilityOfSuccess)
        : base(incident, time, actor, reason, coordinator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetName);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        ArgumentNullException.ThrowIfNull(area);
        if (area.Count < 3)
        {
            throw new ArgumentException("A searched area needs at least three positions.", nameof(area));
        }

        if (!double.IsFinite(probabilityOfDetection) || probabilityOfDetection is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probabilityOfDetection), probabilityOfDetection, "A probability is 0 to 1.");
        }

        if (!double.IsFinite(probabilityOfSuccess) || probabilityOfSuccess is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probabilityOfSuccess), probabilityOfSuccess, "A probability is 0 to 1.");
        }

        AssetName = assetName;
        Pattern = pattern;
        Area = area;
        ProbabilityOfDetection = probabilityOfDetection;
        ProbabilityOfSuccess = probabilityOfSuccess;
    }

    /// <inheritdoc />
    public override string Type => "search-completed";

    /// <summary>The unit that searched.</summary>
    public string AssetName { get; }

    /// <summary>The pattern's name.</summary>
    public string Pattern { get; }

    /// <summary>The area searched.</summary>
    public IReadOnlyList<GeoPosition> Area { get; }

    /// <summary>The probability of detection in the area, 0 to 1.</summary>
    public double ProbabilityOfDetection { get; }

    /// <summary>The search's probability of success, 0 to 1.</summary>
    public double ProbabilityOfSuccess { get; }
}
