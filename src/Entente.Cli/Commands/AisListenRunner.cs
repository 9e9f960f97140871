using System.Globalization;
using System.Text;
using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;
using Entente.Ais.Ingest;

namespace Entente.Cli.Commands;

/// <summary>
/// The loop of <c>entente ais listen</c>: one live source into an ingest, each message written as gpsd JSON as soon as
/// it arrives (output is flushed whenever no further message is waiting).
/// </summary>
internal sealed class AisListenRunner(AisSource source, GpsdJsonOptions options, Stream output)
{
    private readonly GpsdJsonWriter _writer = new(options);

    /// <summary>JSON objects written.</summary>
    public long ObjectsWritten { get; private set; }

    /// <summary>Messages that have no JSON form yet.</summary>
    public long NotWritable { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var ingest = new AisIngest();
        ingest.Add(source);
        var run = ingest.RunAsync(cancellationToken);
        try
        {
            var reader = ingest.Reader;
            while (await reader.WaitToReadAsync(cancellationToken))
            {
                while (reader.TryRead(out var received))
                {
                    Write(received);
                }

                await output.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        try
        {
            await run;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public void WriteStatistics(TextWriter error)
    {
        var stats = source.Statistics;
        var decoder = stats.Decoder;
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"source: {source.Name}\n");
        text.Append(c, $"bytes: {stats.Bytes}\n");
        text.Append(c, $"datagrams: {stats.Datagrams}\n");
        text.Append(c, $"connections: {stats.Connections} ({stats.Reconnects} reconnects, {stats.ConnectFailures} failed attempts)\n");
        if (stats.LastConnectionError is { } reason)
        {
            text.Append(c, $"last connection error: {reason}\n");
        }

        text.Append(c, $"lines: {stats.Lines}\n");
        text.Append(c, $"sentences: {decoder.Sentences}\n");
        text.Append(c, $"messages: {decoder.Messages}\n");
        for (var type = 1; type <= 27; type++)
        {
            if (decoder.MessagesOfType(type) is var count and > 0)
            {
                text.Append(c, $"  type {type}: {count}\n");
            }
        }

        text.Append(c, $"objects written: {ObjectsWritten}\n");
        if (NotWritable > 0)
        {
            text.Append(c, $"messages without a JSON form: {NotWritable}\n");
        }

        text.Append(c, $"errors: {decoder.Errors}\n");
        foreach (var kind in AisErrorKinds.All)
        {
            if (decoder.ErrorsOfKind(kind) is var count and > 0)
            {
                text.Append(c, $"  {AisErrorKinds.Name(kind)}: {count} ({AisErrorKinds.Describe(kind)})\n");
            }
        }

        error.Write(text.ToString());
    }

    private void Write(AisReceived received)
    {
        GpsdWriteResult result;
        try
        {
            result = _writer.Write(received.Message);
        }
        catch (ArgumentException)
        {
            // A message type the decoder reads but the JSON writer does not know yet: counted, not fatal.
            NotWritable++;
            return;
        }

        if (result == GpsdWriteResult.Written)
        {
            ObjectsWritten++;
            output.Write(_writer.Line.Written);
            output.WriteByte((byte)'\n');
        }
    }
}
