using System.Globalization;

namespace Entente.LoadTest;

/// <summary>The load: targets, detections per second, clients, how long; from <c>--name value</c> arguments.</summary>
internal sealed record LoadOptions(int Targets, int DetectionsPerSecond, int Clients, int StalledClients, TimeSpan WarmUp, TimeSpan Measure)
{
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new LoadOptions(Int("targets", 2_000), Int("rate", 5_000), Int("clients", 50), Int("stalled", 1),
            TimeSpan.FromSeconds(Int("warmup", 20)), TimeSpan.FromSeconds(Int("seconds", 60)));
    }
}
