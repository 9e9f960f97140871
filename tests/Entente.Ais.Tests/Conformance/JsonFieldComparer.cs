using System.Globalization;
using System.Text.Json;

namespace Entente.Ais.Tests.Conformance;

/// <summary>
/// Compares two JSON objects field by field: the same members, text exactly equal, numbers equal at the expected
/// value's resolution (so "12.30" and "12.3" agree, "12.3" and "12.4" do not). Nested arrays and objects recurse.
/// </summary>
public static class JsonFieldComparer
{
    /// <summary>The differences, as readable lines; empty when equal.</summary>
    public static List<string> Differences(string expected, string actual)
    {
        var differences = new List<string>();
        using var e = JsonDocument.Parse(expected);
        using var a = JsonDocument.Parse(actual);
        Compare("", e.RootElement, a.RootElement, differences);
        return differences;
    }

    private static void Compare(string path, JsonElement expected, JsonElement actual, List<string> differences)
    {
        if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number)
        {
            var ev = decimal.Parse(expected.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
            var av = decimal.Parse(actual.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
            var raw = expected.GetRawText();
            var dot = raw.IndexOf('.', StringComparison.Ordinal);
            var decimals = dot < 0 ? 0 : raw.Length - dot - 1;
            if (Math.Round(av, decimals, MidpointRounding.ToEven) != ev && Math.Round(av, decimals, MidpointRounding.AwayFromZero) != ev)
            {
                differences.Add($"{path}: expected {raw}, got {actual.GetRawText()}");
            }

            return;
        }

        if (expected.ValueKind != actual.ValueKind && !(IsBool(expected) && IsBool(actual)))
        {
            differences.Add($"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualNames = actual.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var property in expected.EnumerateObject())
                {
                    if (actual.TryGetProperty(property.Name, out var value))
                    {
                        Compare(path + "." + property.Name, property.Value, value, differences);
                        actualNames.Remove(property.Name);
                    }
                    else
                    {
                        differences.Add($"{path}.{property.Name}: missing (expected {property.Value.GetRawText()})");
                    }
                }

                differences.AddRange(actualNames.Select(n => $"{path}.{n}: not expected (got {actual.GetProperty(n).GetRawText()})"));
                break;
            case JsonValueKind.Array:
                var ea = expected.EnumerateArray().ToList();
                var aa = actual.EnumerateArray().ToList();
                if (ea.Count != aa.Count)
                {
                    differences.Add($"{path}: expected {ea.Count} elements, got {aa.Count}");
                }

                for (var i = 0; i < Math.Min(ea.Count, aa.Count); i++)
                {
                    Compare($"{path}[{i}]", ea[i], aa[i], differences);
                }

                break;
            default:
                if (expected.GetRawText() != actual.GetRawText())
                {
                    differences.Add($"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                }

                break;
        }
    }

    private static bool IsBool(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;
}
