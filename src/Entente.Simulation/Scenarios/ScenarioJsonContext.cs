using System.Text.Json;
using System.Text.Json.Serialization;

namespace Entente.Simulation.Scenarios;

/// <summary>Source-generated JSON reading of scenario files: strict (unknown fields are errors, so typos are caught), comments allowed.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ScenarioDocument))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
