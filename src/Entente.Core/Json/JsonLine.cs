using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Entente.Core.Json;

/// <summary>One record of a JSON-lines file as its line of text, and back: the framing every record format shares, so
/// that each format writes only its fields and reads only its root object.</summary>
public static class JsonLine
{
    /// <summary>Reads a record from a line's root object.</summary>
    /// <typeparam name="T">The record.</typeparam>
    /// <param name="root">The root element.</param>
    /// <param name="value">The record, when valid.</param>
    /// <param name="error">Why the object is not one, in one sentence, when not valid.</param>
    /// <returns>True when valid.</returns>
    public delegate bool Reader<T>(JsonElement root, out T? value, out string? error)
        where T : class;

    /// <summary>Writes a record as its line of text (without the line end).</summary>
    /// <typeparam name="T">The record.</typeparam>
    /// <param name="value">The record.</param>
    /// <param name="write">Writes it as one JSON object.</param>
    /// <returns>The JSON object.</returns>
    public static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Parses one line; text that is not JSON is an error, never an exception.</summary>
    /// <typeparam name="T">The record.</typeparam>
    /// <param name="line">The UTF-8 line, without its line end.</param>
    /// <param name="read">Reads the record from the root object.</param>
    /// <param name="value">The record, when valid.</param>
    /// <param name="error">Why the line was rejected, in one sentence, when not valid.</param>
    /// <returns>True when the line is a valid record.</returns>
    public static bool TryParse<T>(ReadOnlySpan<byte> line, Reader<T> read, out T? value, out string? error)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        value = null;
        try
        {
            var reader = new Utf8JsonReader(line);
            using var document = JsonDocument.ParseValue(ref reader);
            return read(document.RootElement, out value, out error);
        }
        catch (JsonException ex)
        {
            error = "Not a JSON object: " + ex.Message;
            return false;
        }
    }
}
