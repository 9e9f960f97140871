using System.Globalization;

namespace Entente.Statistics.Official;

/// <summary>A fault in a series file.</summary>
/// <param name="LineNumber">The line, from 1 (the header).</param>
/// <param name="Message">What is wrong.</param>
public sealed record OfficialSeriesError(int LineNumber, string Message)
{
    /// <summary>"line N: message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {LineNumber}: {Message}");
}
