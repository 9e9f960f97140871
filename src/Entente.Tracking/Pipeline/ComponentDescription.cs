namespace Entente.Tracking.Pipeline;

/// <summary>One component of a composed pipeline: the role it fills, which variant, and its settings.</summary>
/// <param name="Role">The role, e.g. <c>predictor</c>.</param>
/// <param name="Name">The variant's configuration name, e.g. <c>spatial-grid</c>.</param>
/// <param name="Type">The implementing type's name.</param>
/// <param name="Settings">Its settings, name to invariant text, in declaration order.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ComponentDescription(string Role, string Name, string Type, IReadOnlyList<KeyValuePair<string, string>> Settings);
