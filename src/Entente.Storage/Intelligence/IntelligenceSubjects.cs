namespace Entente.Storage.Intelligence;

/// <summary>The kebab-case names of <see cref="IntelligenceSubject"/> used in storage and APIs.</summary>
public static class IntelligenceSubjects
{
    private static readonly Dictionary<IntelligenceSubject, string> Names = new()
    {
        [IntelligenceSubject.SmugglingNetwork] = "smuggling-network",
        [IntelligenceSubject.BoatSupply] = "boat-supply",
        [IntelligenceSubject.EngineSupply] = "engine-supply",
        [IntelligenceSubject.Other] = "other",
    };

    private static readonly Dictionary<string, IntelligenceSubject> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The name of a subject.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>Its name, e.g. "boat-supply".</returns>
    public static string ToName(IntelligenceSubject subject) =>
        Names.TryGetValue(subject, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(subject), subject, "Unknown subject.");

    /// <summary>The subject of a name, or null.</summary>
    /// <param name="name">A name.</param>
    /// <returns>The subject, or null.</returns>
    public static IntelligenceSubject? Parse(string? name) => name is not null && ByName.TryGetValue(name, out var subject) ? subject : null;
}
