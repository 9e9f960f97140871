using System.Text;
using System.Text.Json;

namespace Entente.Tracking.Pipeline;

/// <summary>What a composed tracking pipeline is made of, for the API and for every benchmark record, so that a result
/// can always be traced to the exact components and settings that gave it.</summary>
/// <param name="Components">The components, in the order data flows through them.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PipelineDescription(IReadOnlyList<ComponentDescription> Components)
{
    /// <summary>The description as JSON: <c>{"components":[{"role","name","type","settings":{…}}]}</c>.</summary>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("components");
            foreach (var c in Components)
            {
                writer.WriteStartObject();
                writer.WriteString("role", c.Role);
                writer.WriteString("name", c.Name);
                writer.WriteString("type", c.Type);
                writer.WriteStartObject("settings");
                foreach (var (key, value) in c.Settings)
                {
                    writer.WriteString(key, value);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The description as lines of text, one component per line.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var c in Components)
        {
            text.Append(c.Role).Append(": ").Append(c.Name).Append(" (").Append(c.Type).Append(')');
            if (c.Settings.Count > 0)
            {
                text.Append(' ').AppendJoin(", ", c.Settings.Select(s => s.Key + "=" + s.Value));
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
