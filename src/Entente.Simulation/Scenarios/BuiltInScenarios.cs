namespace Entente.Simulation.Scenarios;

/// <summary>
/// The scenarios that ship with Entente (Scenarios/BuiltIn/*.json, embedded): <c>busy-night</c>, <c>nov-2021</c>,
/// <c>quiet-night</c> and <c>surge</c>.
/// </summary>
public static class BuiltInScenarios
{
    private const string Prefix = "Entente.Simulation.Scenarios.BuiltIn.";
    private static readonly Lazy<IReadOnlyDictionary<string, Scenario>> All = new(Load);

    /// <summary>The built-in scenarios' names, sorted.</summary>
    public static IReadOnlyList<string> Names => [.. All.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The scenario shown on first run.</summary>
    public const string Default = "busy-night";

    /// <summary>A built-in scenario by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioException">There is no built-in scenario of that name.</exception>
    public static Scenario Get(string name) =>
        All.Value.TryGetValue(name, out var scenario)
            ? scenario
            : throw new ScenarioException($"No built-in scenario '{name}'; the built-in ones are {string.Join(", ", Names)}.");

    /// <summary>A built-in scenario's name, or else a scenario file's path.</summary>
    /// <param name="nameOrPath">A built-in name, or a path to a JSON file.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioException">Neither a built-in name nor a readable, valid file.</exception>
    public static Scenario Resolve(string nameOrPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        if (All.Value.TryGetValue(nameOrPath, out var scenario))
        {
            return scenario;
        }

        if (!File.Exists(nameOrPath))
        {
            throw new ScenarioException($"'{nameOrPath}' is neither a built-in scenario ({string.Join(", ", Names)}) nor a file.");
        }

        return Scenario.Load(nameOrPath);
    }

    private static Dictionary<string, Scenario> Load()
    {
        var assembly = typeof(BuiltInScenarios).Assembly;
        var scenarios = new Dictionary<string, Scenario>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var scenario = Scenario.Parse(reader.ReadToEnd(), resource[Prefix.Length..]);
            scenarios.Add(scenario.Name, scenario);
        }

        return scenarios;
    }
}
