namespace Entente.Ais.Framing;

/// <summary>What <see cref="NmeaLineBuffer"/> found.</summary>
public enum NmeaLineStatus
{
    /// <summary>No complete line is buffered: read more input, or end it.</summary>
    NeedMoreData,

    /// <summary>A line, without its line ending.</summary>
    Line,

    /// <summary>A line longer than the limit: its first bytes are returned for the report, the rest is dropped up to the next line ending.</summary>
    LineTooLong,
}
