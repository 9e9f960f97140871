using System.Globalization;
using Entente.Sar.Search;

namespace Entente.Cli.Commands;

/// <summary>Reads <c>--asset NAME:SPEED_KN:SWEEP_M:ENDURANCE_H</c> and <c>--previous-pos</c> for <c>sar plan</c>.</summary>
internal static class SarAssetText
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The assets, each validated, names distinct.</summary>
    public static IReadOnlyList<SearchAsset> Assets(IReadOnlyList<string>? texts)
    {
        if (texts is null || texts.Count == 0)
        {
            throw new CommandInputException("Give at least one --asset NAME:SPEED_KN:SWEEP_M:ENDURANCE_H, e.g. --asset ALB:25:1800:4.");
        }

        var assets = new List<SearchAsset>();
        foreach (var text in texts)
        {
            var asset = Asset(text);
            if (assets.Any(a => a.Name == asset.Name))
            {
                throw new CommandInputException($"--asset {text}: another asset is already called {asset.Name}; give each its own name.");
            }

            assets.Add(asset);
        }

        return assets;
    }

    /// <summary>One asset: the name may itself hold colons; the last three fields are numbers.</summary>
    public static SearchAsset Asset(string text)
    {
        var parts = text.Split(':');
        var values = new double[3];
        if (parts.Length < 4
            || !Enumerable.Range(0, 3).All(i => double.TryParse(parts[parts.Length - 3 + i], NumberStyles.Float, C, out values[i]) && double.IsFinite(values[i])))
        {
            throw new CommandInputException($"--asset {text}: give NAME:SPEED_KN:SWEEP_M:ENDURANCE_H, e.g. ALB:25:1800:4 (search speed in knots, sweep width in metres, hours on task).");
        }

        var name = string.Join(':', parts[..^3]).Trim();
        if (name.Length == 0)
        {
            throw new CommandInputException($"--asset {text}: the asset needs a name before the first colon.");
        }

        try
        {
            return new SearchAsset(name, values[0], values[1], values[2]);
        }
        catch (ArgumentException ex)
        {
            // The constructor's own sentence, without the parameter name and value it appends.
            var message = ex.Message;
            var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            throw new CommandInputException($"--asset {text}: {SimCommands.OneLine(cut > 0 ? message[..cut] : message)}", ex);
        }
    }

    /// <summary>"0.3,0.2": the POS of the searches already done, each 0 to 1.</summary>
    public static IReadOnlyList<double> PreviousPos(string? text)
    {
        if (text is null)
        {
            return [];
        }

        var values = new List<double>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(item, NumberStyles.Float, C, out var pos) || !double.IsFinite(pos) || pos is < 0 or > 1)
            {
                throw new CommandInputException($"--previous-pos {text}: give the POS of each earlier search, 0 to 1, separated by commas, e.g. 0.3,0.2.");
            }

            values.Add(pos);
        }

        return values;
    }
}
