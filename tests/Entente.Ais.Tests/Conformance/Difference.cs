namespace Entente.Ais.Tests.Conformance;

/// <summary>One disagreement between gpsdecode and Entente: an object only one side produced, or differing fields.</summary>
public sealed record Difference(string? Gpsd, string? Entente, IReadOnlyList<string> Fields)
{
    public override string ToString() => $"{string.Join("; ", Fields)}\n  gpsd    {Gpsd ?? "-"}\n  entente {Entente ?? "-"}";
}
