namespace Entente.Core.Detections;

/// <summary>The names of <see cref="BoatOutcome"/>s in files and APIs: prevented, intercepted, rescued, landed.</summary>
public static class BoatOutcomes
{
    /// <summary>Every name, in the enum's order.</summary>
    public static IReadOnlyList<string> All { get; } = ["prevented", "intercepted", "rescued", "landed"];

    /// <summary>The name of an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The lower-case name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The outcome is not a defined one.</exception>
    public static string ToName(BoatOutcome outcome) => outcome switch
    {
        BoatOutcome.Prevented => "prevented",
        BoatOutcome.Intercepted => "intercepted",
        BoatOutcome.Rescued => "rescued",
        BoatOutcome.Landed => "landed",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>The outcome of a name, or null.</summary>
    /// <param name="name">A name, exactly as <see cref="ToName"/> writes it.</param>
    /// <returns>The outcome, or null when the name is not one.</returns>
    public static BoatOutcome? Parse(string? name) => name switch
    {
        "prevented" => BoatOutcome.Prevented,
        "intercepted" => BoatOutcome.Intercepted,
        "rescued" => BoatOutcome.Rescued,
        "landed" => BoatOutcome.Landed,
        _ => null,
    };
}
