namespace Entente.Storage.Events;

/// <summary>Checks on the text an event store keeps, so that every engine stores and returns it unchanged.</summary>
internal static class EventText
{
    /// <summary>Returns the value when it is not blank and storable.</summary>
    public static string RequireName(string? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must not be null, empty or blank.", paramName);
        }

        return RequireStorable(value, paramName);
    }

    /// <summary>
    /// Returns the value when every engine can store it exactly: PostgreSQL text cannot hold U+0000, and an unpaired
    /// surrogate has no UTF-8 form, so either would be refused by one engine or altered by the other.
    /// </summary>
    public static string RequireStorable(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                throw new ArgumentException($"{paramName} must not contain the character U+0000 (at index {i}).", paramName);
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException($"{paramName} holds an unpaired UTF-16 surrogate at index {i}.", paramName);
            }
        }

        return value;
    }
}
