namespace Entente.Statistics.Analysis;

/// <summary>A trailing average ending on one day.</summary>
/// <param name="Date">The last day of the window.</param>
/// <param name="PeoplePerDay">Mean people arrived per day over the window, or null (see <see cref="RollingAverage"/>).</param>
/// <param name="BoatsPerDay">Mean boats arrived per day over the window, or null.</param>
public sealed record RollingAveragePoint(DateOnly Date, double? PeoplePerDay, double? BoatsPerDay);
