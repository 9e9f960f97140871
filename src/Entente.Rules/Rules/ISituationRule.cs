using Entente.Rules.Alerts;
using Entente.Rules.Situation;

namespace Entente.Rules.Rules;

/// <summary>One thing a watch officer wants to be told about, checked at every frame.</summary>
public interface ISituationRule
{
    /// <summary>The rule's name, e.g. "launch".</summary>
    string Name { get; }

    /// <summary>Checks a frame and adds what it finds (repeats are fine: the alert book folds them).</summary>
    /// <param name="frame">The frame, after <paramref name="context"/> has observed it.</param>
    /// <param name="context">Geography, current and track histories.</param>
    /// <param name="found">Where to add candidates.</param>
    void Evaluate(SituationFrame frame, SituationContext context, ICollection<AlertCandidate> found);
}
