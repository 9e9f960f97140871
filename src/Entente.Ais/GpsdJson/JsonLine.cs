using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Entente.Ais.GpsdJson;

/// <summary>
/// A reusable buffer that builds one JSON object as UTF-8 with gpsd's number formats (fixed decimals, no exponent).
/// Not thread-safe.
/// </summary>
public sealed class JsonLine
{
    private byte[] _buffer = new byte[1024];
    private int _length;
    private bool _first;


    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>The object as text (for tests and tools).</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => System.Text.Encoding.UTF8.GetString(Written);

    /// <summary>Starts a new object, discarding the previous one.</summary>
    public void Begin()
    {
        _length = 0;
        Raw("{"u8);
        _first = true;
    }

    /// <summary>Closes the object.</summary>
    public void End() => Raw("}"u8);

    /// <summary>Writes <c>"name":</c> and opens an array.</summary>
    /// <param name="name">The member name (plain ASCII).</param>
    public void BeginArray(string name)
    {
        Name(name);
        Raw("["u8);
        _first = true;
    }

    /// <summary>Closes an array.</summary>
    public void EndArray()
    {
        Raw("]"u8);
        _first = false;
    }

    /// <summary>Opens an object inside an array.</summary>
    public void BeginObject()
    {
        Separator();
        Raw("{"u8);
        _first = true;
    }

    /// <summary>Closes an object inside an array.</summary>
    public void EndObject()
    {
        Raw("}"u8);
        _first = false;
    }

    /// <summary>Writes an integer member.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public void Number(string name, long value)
    {
        Name(name);
        if (value < 0)
        {
            _buffer[_length++] = (byte)'-';
        }

        WriteDigits(value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value, 1);
    }

    /// <summary>Writes a number with a fixed count of decimals, as C's <c>%.Nf</c>.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Digits after the point.</param>
    public void Fixed(string name, double value, int decimals)
    {
        Name(name);
        FixedValue(value, decimals);
    }

    /// <summary>Writes a number with a fixed count of decimals inside a string, e.g. <c>"-73.500000"</c>.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Digits after the point.</param>
    public void QuotedFixed(string name, double value, int decimals)
    {
        Name(name);
        Raw("\""u8);
        FixedValue(value, decimals);
        Raw("\""u8);
    }

    /// <summary>Writes a boolean member.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public void Bool(string name, bool value)
    {
        Name(name);
        Raw(value ? "true"u8 : "false"u8);
    }

    /// <summary>Writes a string member, escaped as gpsd escapes (quote, backslash and control characters).</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public void Text(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Name(name);
        Ensure((value.Length * 6) + 2);
        _buffer[_length++] = (byte)'"';
        if (value.AsSpan().IndexOfAnyExceptInRange(' ', '~') < 0 && value.AsSpan().IndexOfAny('"', '\\') < 0)
        {
            // The usual case: printable ASCII, copied in one vectorised step.
            Ascii.FromUtf16(value, _buffer.AsSpan(_length), out var copied);
            _length += copied;
        }
        else
        {
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"':
                        Raw("\\\""u8);
                        break;
                    case '\\':
                        Raw("\\\\"u8);
                        break;
                    case < ' ' or > '~':
                        Raw("\\u"u8);
                        Utf8Formatter.TryFormat((ushort)c, _buffer.AsSpan(_length), out var w, new StandardFormat('x', 4));
                        _length += w;
                        break;
                    default:
                        _buffer[_length++] = (byte)c;
                        break;
                }
            }
        }

        _buffer[_length++] = (byte)'"';
    }

    private void FixedValue(double value, int decimals)
    {
        Ensure(48);
        var scaled = value * PowersOfTen[decimals];
        var rounded = Math.Round(scaled, MidpointRounding.ToEven);
        var distanceFromTie = Math.Abs(Math.Abs(scaled - Math.Truncate(scaled)) - 0.5);

        // Fast path: when the scaled value is far from a rounding tie, rounding it gives the digits that C's %.Nf
        // gives for the exact binary value. Near a tie (or for huge values) the runtime's exact formatting decides.
        if (Math.Abs(scaled) < 1e15 && distanceFromTie > 1e-6)
        {
            var digits = (long)Math.Abs(rounded);
            if (value < 0 || (value == 0 && double.IsNegative(value)))
            {
                _buffer[_length++] = (byte)'-';
            }

            var divisor = (long)PowersOfTen[decimals];
            WriteDigits((ulong)(digits / divisor), 1);
            if (decimals > 0)
            {
                _buffer[_length++] = (byte)'.';
                WriteDigits((ulong)(digits % divisor), decimals);
            }

            return;
        }

        if (!value.TryFormat(_buffer.AsSpan(_length), out var slowWritten, Formats[decimals], CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("Number did not fit its buffer.");
        }

        _length += slowWritten;
    }

    /// <summary>Writes an unsigned integer with at least <paramref name="minimumDigits"/> digits (zero-padded).</summary>
    private void WriteDigits(ulong value, int minimumDigits)
    {
        // Count the digits, then fill them in place from the right: no scratch buffer, no copy.
        var digits = 1;
        for (var rest = value / 10; rest != 0; rest /= 10)
        {
            digits++;
        }

        digits = Math.Max(digits, minimumDigits);
        var end = _length + digits;
        for (var i = end - 1; i >= _length; i--)
        {
            var next = value / 10;
            _buffer[i] = (byte)('0' + (int)(value - (next * 10)));
            value = next;
        }

        _length = end;
    }

    private static readonly double[] PowersOfTen = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

    private static readonly string[] Formats = ["F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"];

    private void Name(string name)
    {
        // Room for the separator, the quoted name and the largest scalar value that follows.
        Ensure(name.Length + 48);
        if (!_first)
        {
            _buffer[_length++] = (byte)',';
        }

        _first = false;
        _buffer[_length++] = (byte)'"';
        foreach (var c in name)
        {
            _buffer[_length++] = (byte)c;
        }

        _buffer[_length++] = (byte)'"';
        _buffer[_length++] = (byte)':';
    }

    private void Separator()
    {
        if (!_first)
        {
            Ensure(1);
            _buffer[_length++] = (byte)',';
        }

        _first = false;
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Ensure(int extra)
    {
        if (_length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
        }
    }
}
