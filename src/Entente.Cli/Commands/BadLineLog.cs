using System.Globalization;

namespace Entente.Cli.Commands;

/// <summary>
/// Counts the input lines a command skips, per file, and prints the first few with their line numbers, so that one bad
/// line never stops a long run and a file full of them does not flood the terminal.
/// </summary>
internal sealed class BadLineLog(TextWriter error, int shown = 10)
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public long Total { get; private set; }

    public IReadOnlyDictionary<string, long> Counts => _counts;

    /// <summary>Makes sure a file appears in the counts, even with no bad line.</summary>
    public void Track(JsonLinesReader file) => _counts.TryAdd(file.Role, 0);

    /// <summary>Counts the line just read from a file as skipped, and prints it if it is among the first few.</summary>
    public void Report(JsonLinesReader file, string reason)
    {
        _counts[file.Role] = _counts.GetValueOrDefault(file.Role) + 1;
        Total++;
        if (Total <= shown)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{file.Path} line {file.LineNumber}");
            error.WriteLine($"entente: {where}: {reason.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>Prints the totals when any line was skipped.</summary>
    public void Summarise()
    {
        if (Total == 0)
        {
            return;
        }

        var parts = string.Join(", ", _counts.Where(p => p.Value > 0).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}")));
        var more = Total > shown ? string.Create(CultureInfo.InvariantCulture, $"; the first {shown} are shown above") : string.Empty;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entente: skipped {Total} bad line{(Total == 1 ? "" : "s")} ({parts}){more}."));
    }
}
