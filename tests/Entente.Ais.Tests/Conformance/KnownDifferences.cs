namespace Entente.Ais.Tests.Conformance;

/// <summary>
/// The documented disagreements with gpsdecode (docs/ais.md, "Deliberate differences from gpsd"), each recognised
/// narrowly so that a new kind of disagreement fails the differential test.
/// </summary>
public static class KnownDifferences
{
    /// <summary>The documented reason for a difference, or null when it is not a known one.</summary>
    public static string? Explain(Difference difference) => null;
}
