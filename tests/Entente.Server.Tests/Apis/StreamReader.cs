using System.Text.Json;

namespace Entente.Server.Tests.Apis;

/// <summary>Reads server-sent events from <c>/api/stream</c>: the event name and its JSON data.</summary>
public sealed class StreamReader(Stream stream) : IDisposable
{
    private readonly System.IO.StreamReader _reader = new(stream);

    /// <summary>The next event, or null at the end of the stream.</summary>
    public async Task<(string Name, JsonElement Data)?> NextAsync(CancellationToken cancellationToken)
    {
        string? name = null;
        string? data = null;
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null && data is not null)
                {
                    return (name, JsonDocument.Parse(data).RootElement.Clone());
                }

                continue;
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }

        return null;
    }

    /// <summary>Reads until an event of a name satisfies a condition.</summary>
    public async Task<JsonElement> WaitForAsync(string name, Func<JsonElement, bool> condition, CancellationToken cancellationToken)
    {
        while (await NextAsync(cancellationToken) is { } e)
        {
            if (e.Name == name && condition(e.Data))
            {
                return e.Data;
            }
        }

        throw new InvalidOperationException($"The stream ended before a matching '{name}' event.");
    }

    public void Dispose() => _reader.Dispose();
}
