using Entente.Tracking.Hypothesisers;

namespace Entente.Tracking.Association;

/// <summary>Chooses which hypotheses hold: at most one detection per track and one track per detection.</summary>
public interface IDataAssociator
{
    /// <summary>Chooses among a step's gated hypotheses.</summary>
    /// <param name="hypotheses">The hypotheses that passed the gate.</param>
    /// <returns>The chosen ones, in the order of their detections.</returns>
    IReadOnlyList<Hypothesis> Associate(IReadOnlyList<Hypothesis> hypotheses);
}
