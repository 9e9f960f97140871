using Entente.Ais.GpsdJson.Messages;
using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson;

/// <summary>
/// gpsd's memory of message 24 part A names: per radio channel (A or 1, B or 2) a ring of eight MMSI and name slots.
/// A part A fills the next slot; a part B takes the first slot holding its MMSI and is written joined with that name.
/// The slot's MMSI is cleared but its name stays, so a part B from MMSI 0 can pick up a stale name, as in gpsd.
/// </summary>
internal sealed class GpsdStaticDataQueue
{
    private const int Slots = 8;
    private readonly int[] _mmsi = new int[2 * Slots];
    private readonly string[] _names = [.. Enumerable.Repeat(string.Empty, 2 * Slots)];
    private readonly int[] _next = new int[2];

    /// <summary>Remembers a part A and writes it alone when split, else holds it.</summary>
    public GpsdWriteResult Write(JsonLine line, in StaticDataReportPartA partA, char? channel, GpsdJsonOptions options)
    {
        var c = ChannelIndex(channel);
        var slot = (c * Slots) + _next[c];
        _mmsi[slot] = partA.Mmsi;
        _names[slot] = partA.Name;
        _next[c] = (_next[c] + 1) % Slots;
        if (!options.SplitType24)
        {
            return GpsdWriteResult.Held;
        }

        StaticDataReportJson.Write(line, partA, options);
        return GpsdWriteResult.Written;
    }

    /// <summary>Writes a part B joined with its remembered part A; without one, alone when split, else not at all.</summary>
    public GpsdWriteResult Write(JsonLine line, in StaticDataReportPartB partB, char? channel, GpsdJsonOptions options)
    {
        var c = ChannelIndex(channel);
        for (var i = c * Slots; i < (c + 1) * Slots; i++)
        {
            if (_mmsi[i] == partB.Mmsi)
            {
                _mmsi[i] = 0;
                StaticDataReportJson.Write(line, StaticDataReportJson.Join(partB, _names[i]), options);
                return GpsdWriteResult.Written;
            }
        }

        if (!options.SplitType24)
        {
            return GpsdWriteResult.Held;
        }

        StaticDataReportJson.Write(line, partB, options);
        return GpsdWriteResult.Written;
    }

    private static int ChannelIndex(char? channel) => channel is 'B' or '2' ? 1 : 0;
}
