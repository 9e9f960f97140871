using Entente.Ais.Decoding;

namespace Entente.Ais.Ingest;

/// <summary>A line a source rejected, kept for diagnosis.</summary>
/// <param name="LineNumber">The physical line number within the source, from 1 (across reconnections).</param>
/// <param name="Text">The offending line as text, truncated, non-printable bytes as <c>\xHH</c>; empty when the error concerns no single line.</param>
/// <param name="Kind">Why it was rejected.</param>
/// <param name="RejectedAt">When the source rejected it, by the source's clock.</param>
public sealed record AisRejectedLine(long LineNumber, string Text, AisErrorKind Kind, DateTimeOffset RejectedAt)
{
    /// <summary>The longest <see cref="Text"/> kept, in characters.</summary>
    public const int MaxTextChars = 160;

    /// <summary>The reason, in words.</summary>
    public string Reason => AisErrorKinds.Describe(Kind);

    /// <summary>Renders a line for a report: printable ASCII as is, other bytes as <c>\xHH</c>, cut to <paramref name="maxChars"/> with "...".</summary>
    /// <param name="line">The line.</param>
    /// <param name="maxChars">The most characters before "..." is appended.</param>
    /// <returns>The text.</returns>
    public static string Render(ReadOnlySpan<byte> line, int maxChars = MaxTextChars)
    {
        line = line.TrimEnd("\r\n"u8);
        var text = new System.Text.StringBuilder(Math.Min(line.Length, maxChars) + 3);
        foreach (var b in line)
        {
            if (text.Length >= maxChars)
            {
                return text.Append("...").ToString();
            }

            if (b is >= 0x20 and < 0x7F)
            {
                text.Append((char)b);
            }
            else
            {
                text.Append("\\x").Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        return text.ToString();
    }

    private const string HexDigits = "0123456789abcdef";
}
