using System.Text;

namespace Entente.Ais.Payload;

/// <summary>
/// Turns short ASCII byte runs (talker ids, tag-block sources) into shared strings, so that a steady stream from a
/// few receivers allocates nothing. Bounded: past its capacity new names are returned uninterned.
/// </summary>
internal sealed class AsciiInterner
{
    private readonly int _capacity;
    private readonly List<(byte[] Bytes, string Text)> _entries = [];
    private int _last;

    public AsciiInterner(int capacity) => _capacity = capacity;

    public string Intern(ReadOnlySpan<byte> ascii)
    {
        // Most lines repeat the previous name: try it first.
        if (_last < _entries.Count && ascii.SequenceEqual(_entries[_last].Bytes))
        {
            return _entries[_last].Text;
        }

        for (var i = 0; i < _entries.Count; i++)
        {
            if (ascii.SequenceEqual(_entries[i].Bytes))
            {
                _last = i;
                return _entries[i].Text;
            }
        }

        var text = Encoding.ASCII.GetString(ascii);
        if (_entries.Count < _capacity)
        {
            _entries.Add((ascii.ToArray(), text));
            _last = _entries.Count - 1;
        }

        return text;
    }
}
