namespace Entente.Core.Identifiers;

/// <summary>Validation shared by the code-like identifiers (sensor and agency ids).</summary>
internal static class CodeText
{
    public const int MaxLength = 64;

    /// <summary>Lower-case ASCII letters and digits, with '-', '_' or '.' inside; 1 to 64 characters.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > MaxLength || !IsAlphanumeric(text[0]) || !IsAlphanumeric(text[^1]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsAlphanumeric(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    public static string Describe(string kind, string? text) =>
        $"'{text}' is not a valid {kind}: use 1 to {MaxLength} lower-case letters, digits, '-', '_' or '.', " +
        "starting and ending with a letter or digit.";

    private static bool IsAlphanumeric(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
