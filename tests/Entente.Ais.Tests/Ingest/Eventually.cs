using System.Threading.Channels;
using Entente.Ais.Ingest;

namespace Entente.Ais.Tests.Ingest;

/// <summary>Waits, with a generous real-time limit, for what other threads (sockets, timers) will do.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = Environment.TickCount64 + (long)Limit.TotalMilliseconds;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                Assert.Fail("Timed out waiting until " + what);
            }

            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    public static async Task<AisReceived> ReadAsync(ChannelReader<AisReceived> reader) =>
        await reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Limit, TestContext.Current.CancellationToken);

    public static async Task<List<AisReceived>> ReadAsync(ChannelReader<AisReceived> reader, int count)
    {
        var messages = new List<AisReceived>();
        for (var i = 0; i < count; i++)
        {
            messages.Add(await ReadAsync(reader));
        }

        return messages;
    }
}
