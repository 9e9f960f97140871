using System.Text.Json;
using Entente.Testing;

namespace Entente.Simulation.Tests.Ais;

/// <summary>gpsd's <c>gpsdecode</c> as an independent decoder of the simulated lines.</summary>
internal static class AisGpsdecode
{
    /// <summary>Skips the test when gpsdecode is absent, except under CI, where its absence is a failure.</summary>
    public static void RequireInstalled() => Gpsdecode.RequireInstalled();

    /// <summary>Runs <c>gpsdecode -u -s -j</c> (unscaled, message 24 parts apart) over the lines; one JSON object per message.</summary>
    public static List<JsonElement> Decode(IReadOnlyList<string> lines) =>
        [.. Gpsdecode.Decode(lines, "-u -s -j").Select(l =>
        {
            using var document = JsonDocument.Parse(l);
            return document.RootElement.Clone();
        })];
}
