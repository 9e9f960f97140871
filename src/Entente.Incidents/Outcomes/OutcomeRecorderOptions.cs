namespace Entente.Incidents.Outcomes;

/// <summary>How outcome reports are tied to the picture: to a beach or landing place, a small-boat track, an incident.</summary>
public sealed record OutcomeRecorderOptions
{
    /// <summary>A prevented launch or a landing names the nearest beach or landing place within this distance, metres;
    /// 3,000 by default.</summary>
    public double PlaceRadiusMetres { get; init; } = 3_000;

    /// <summary>A report is tied to the nearest small-boat track that came within this distance of its position,
    /// metres; 2,000 by default (a derelict drifts, a report's position is a vessel's).</summary>
    public double TrackRadiusMetres { get; init; } = 2_000;

    /// <summary>How far back a track's positions count, and how long an ended track is remembered; 30 minutes by default
    /// (a report comes minutes after the event, and a landed boat's track ends soon after it lands).</summary>
    public TimeSpan TrackWindow { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>A report not tied to an incident's track is tied to the open incident whose datum is nearest within this
    /// distance, metres; 3,000 by default.</summary>
    public double IncidentRadiusMetres { get; init; } = 3_000;

    /// <summary>The first report number to give (after those already stored); 1 by default.</summary>
    public long FirstNumber { get; init; } = 1;

    /// <summary>Checks every value.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public OutcomeRecorderOptions Validate()
    {
        foreach (var metres in new[] { PlaceRadiusMetres, TrackRadiusMetres, IncidentRadiusMetres })
        {
            if (!double.IsFinite(metres) || metres < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(PlaceRadiusMetres), metres, "Distances must be finite and not negative.");
            }
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(TrackWindow, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(FirstNumber, 1);
        return this;
    }
}
