namespace Entente.Ais.Tests.Conformance;

/// <summary>
/// Aligns two sequences of JSON objects (longest common subsequence on whole objects) and reports what differs:
/// objects only one side has, and aligned pairs whose fields differ.
/// </summary>
public static class SequenceComparison
{
    /// <summary>The differences between gpsd's objects and Entente's.</summary>
    public static List<Difference> Compare(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        // Objects are compared by their fields, so member order and number formatting do not matter.
        var e = expected.Select(Canonical).ToList();
        var a = actual.Select(Canonical).ToList();
        var lengths = new int[e.Count + 1, a.Count + 1];
        for (var i = e.Count - 1; i >= 0; i--)
        {
            for (var j = a.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = e[i] == a[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var differences = new List<Difference>();
        var onlyExpected = new List<int>();
        var onlyActual = new List<int>();
        int x = 0, y = 0;
        while (x < e.Count || y < a.Count)
        {
            if (x < e.Count && y < a.Count && e[x] == a[y])
            {
                Flush();
                x++;
                y++;
            }
            else if (y < a.Count && (x == e.Count || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                onlyActual.Add(y++);
            }
            else
            {
                onlyExpected.Add(x++);
            }
        }

        Flush();
        return differences;

        void Flush()
        {
            // Unmatched runs on both sides pair up as changed objects when they are the same message type and MMSI.
            var pairs = Math.Min(onlyExpected.Count, onlyActual.Count);
            var k = 0;
            for (; k < pairs && SameMessage(expected[onlyExpected[k]], actual[onlyActual[k]]); k++)
            {
                differences.Add(new Difference(expected[onlyExpected[k]], actual[onlyActual[k]], JsonFieldComparer.Differences(expected[onlyExpected[k]], actual[onlyActual[k]])));
            }

            differences.AddRange(onlyExpected.Skip(k).Select(i => new Difference(expected[i], null, ["only gpsdecode decoded this"])));
            differences.AddRange(onlyActual.Skip(k).Select(i => new Difference(null, actual[i], ["only Entente decoded this"])));
            onlyExpected.Clear();
            onlyActual.Clear();
        }
    }

    private static bool SameMessage(string expected, string actual)
    {
        using var e = System.Text.Json.JsonDocument.Parse(expected);
        using var a = System.Text.Json.JsonDocument.Parse(actual);
        return e.RootElement.GetProperty("type").GetRawText() == a.RootElement.GetProperty("type").GetRawText() &&
               e.RootElement.GetProperty("mmsi").GetRawText() == a.RootElement.GetProperty("mmsi").GetRawText();
    }

    private static string Canonical(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return string.Join(",", document.RootElement.EnumerateObject()
            .Where(p => p.Name != "device")
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + Normalise(p.Value)));
    }

    private static string Normalise(System.Text.Json.JsonElement value) => value.ValueKind == System.Text.Json.JsonValueKind.Number
        ? decimal.Parse(value.GetRawText(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0').TrimEnd('.')
        : value.GetRawText();
}
