namespace Entente.Ais.Tests.Conformance;

/// <summary>One of Entente's JSON objects with the sentences (and their physical line numbers) that carried it.</summary>
public sealed record DecodedObject(string Json, IReadOnlyList<string> Sentences, IReadOnlyList<int> LineNumbers, bool SharedAPhysicalLine);
