using Entente.Rules.Alerts;
using Entente.Rules.Situation;

namespace Entente.Rules.Rules;

/// <summary>A small boat entering a traffic lane of the TSS, among ships that cannot see it or stop for it.</summary>
public sealed class TssEntryRule : ISituationRule
{
    /// <inheritdoc />
    public string Name => "tss-entry";

    /// <inheritdoc />
    public void Evaluate(SituationFrame frame, SituationContext context, ICollection<AlertCandidate> found)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(found);
        foreach (var track in context.Tracks)
        {
            if (track.IsSmallBoat && track.Place?.Lane is { } lane && track.PreviousPlace is { } before && before.Lane != lane)
            {
                found.Add(new AlertCandidate(AlertType.TssEntry, AlertSeverity.Warning, frame.Time, $"tss-entry/track-{track.Id}/{lane.Id}",
                    track.Latest.Position, track.Id, lane.Id, $"Small boat entered the {lane.Name}: {Describe.Track(track.Latest)}.")
                {
                    People = track.Latest.People,
                });
            }
        }
    }
}
