namespace Entente.Ais.Tests.Conformance;

/// <summary>What the known-difference rules may look at: the recording's bytes and Entente's objects with their sentences.</summary>
public sealed record RecordingContext(byte[] Bytes, IReadOnlyList<DecodedObject> Decoded)
{
    /// <summary>The number of physical lines.</summary>
    public int LineCount { get; } = Bytes.Count(b => b == (byte)'\n') + (Bytes.Length > 0 && Bytes[^1] != (byte)'\n' ? 1 : 0);

    /// <summary>True when the last line has no newline.</summary>
    public bool LastLineUnterminated => Bytes.Length > 0 && Bytes[^1] != (byte)'\n';
}
