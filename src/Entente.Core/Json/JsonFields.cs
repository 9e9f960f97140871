using System.Text.Json;

namespace Entente.Core.Json;

/// <summary>Reading the fields of Entente's JSON-lines records (detections, alerts, outcome reports) strictly: a field of
/// the wrong JSON type is missing, never converted.</summary>
public static class JsonFields
{
    /// <summary>A string field.</summary>
    /// <param name="root">The object.</param>
    /// <param name="name">The field's name.</param>
    /// <param name="text">Its text, or empty.</param>
    /// <returns>True when present as a string.</returns>
    public static bool TryText(JsonElement root, string name, out string text)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            text = value.GetString()!;
            return true;
        }

        text = string.Empty;
        return false;
    }

    /// <summary>An optional string field: absent is fine; present must be text that is not blank (null is never written,
    /// so it is refused).</summary>
    /// <param name="root">The object.</param>
    /// <param name="name">The field's name.</param>
    /// <param name="text">Its text, or null when absent.</param>
    /// <returns>False when present but not usable text.</returns>
    public static bool TryOptionalText(JsonElement root, string name, out string? text)
    {
        text = null;
        if (!root.TryGetProperty(name, out _))
        {
            return true;
        }

        if (!TryText(root, name, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        text = value;
        return true;
    }

    /// <summary>A number field.</summary>
    /// <param name="root">The object.</param>
    /// <param name="name">The field's name.</param>
    /// <param name="number">Its value, or 0.</param>
    /// <returns>True when present as a number that fits a double.</returns>
    public static bool TryNumber(JsonElement root, string name, out double number)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out number))
        {
            return true;
        }

        number = 0;
        return false;
    }
}
