namespace Entente.Incidents.Assets;

/// <summary>The names of <see cref="AssetTaskType"/> in files and APIs. Parsing is the only way a task type comes from
/// outside, and it knows only these names.</summary>
public static class AssetTaskTypes
{
    private static readonly Dictionary<AssetTaskType, string> Names = new()
    {
        [AssetTaskType.Search] = "search",
        [AssetTaskType.Rescue] = "rescue",
        [AssetTaskType.StandBy] = "stand-by",
        [AssetTaskType.Monitor] = "monitor",
        [AssetTaskType.MedicalEvacuation] = "medical-evacuation",
        [AssetTaskType.CommunicationsRelay] = "communications-relay",
    };

    private static readonly Dictionary<string, AssetTaskType> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every task name, in order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Values];

    /// <summary>The name of a task type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The kebab-case name.</returns>
    public static string ToName(AssetTaskType type) => Names[type];

    /// <summary>The task type of a name, or null when there is none (e.g. "push-back").</summary>
    /// <param name="name">A name.</param>
    /// <returns>The type, or null.</returns>
    public static AssetTaskType? Parse(string? name) => name is not null && ByName.TryGetValue(name, out var type) ? type : null;
}
