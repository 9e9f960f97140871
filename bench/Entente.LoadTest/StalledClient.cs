namespace Entente.LoadTest;

/// <summary>A client that connects to the stream and never reads: the server must not slow down or hold a backlog for it.</summary>
internal sealed class StalledClient(HttpClient http, Uri stream)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(stream, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }
}
