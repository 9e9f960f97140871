namespace Entente.Statistics.Operational;

/// <summary>A record that could not be read: where it was and why.</summary>
/// <param name="Source">The file (its path) or the event-store stream it came from.</param>
/// <param name="Line">Its line number in the file, from 1, or its version in the stream.</param>
/// <param name="Message">Why it was refused, in one sentence.</param>
public sealed record RecordLineError(string Source, long Line, string Message);
