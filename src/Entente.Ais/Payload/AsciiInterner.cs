using System.Text;

namespace Entente.Ais.Payload;

/// <summary>
/// Turns short ASCII byte runs (talker ids, tag-block sources) into shared strings, so that a steady stream from a
/// few receivers allocates nothing. Bounded: past its capacity new names are returned uninterned.
/// </summary>
internal sealed class AsciiInterner
{
    private readonly int _capacity;
    private readonly Dictionary<ulong, (byte[] Bytes, string Text)> _entries = [];
    private byte[] _lastBytes = [];
    private string _lastText = string.Empty;

    public AsciiInterner(int capacity) => _capacity = capacity;

    public string Intern(ReadOnlySpan<byte> ascii)
    {
        // Most lines repeat the previous name: try it first.
        if (ascii.SequenceEqual(_lastBytes))
        {
            return _lastText;
        }

        var hash = Hash(ascii);
        if (_entries.TryGetValue(hash, out var entry) && ascii.SequenceEqual(entry.Bytes))
        {
            (_lastBytes, _lastText) = entry;
            return entry.Text;
        }

        var text = Encoding.ASCII.GetString(ascii);
        if (_entries.Count < _capacity && !_entries.ContainsKey(hash))
        {
            _entries[hash] = (ascii.ToArray(), text);
            (_lastBytes, _lastText) = _entries[hash];
        }

        return text;
    }

    // FNV-1a, 64-bit: names are short, so a simple hash is fast and collisions are negligible (and checked).
    private static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
