using System.Threading.Channels;

namespace Entente.Ais.Ingest;

/// <summary>
/// Reads a recorded AIS file, as fast as possible or replayed at its original pace from its tag-block <c>c:</c> times.
/// </summary>
public sealed class AisFileSource : AisSource
{
    /// <summary>Creates a source over a file; the file is opened when the source runs.</summary>
    /// <param name="path">The file.</param>
    /// <param name="name">The feed's name; the file's name when null.</param>
    /// <param name="replay">Pace the messages by their tag-block times; null reads as fast as possible.</param>
    /// <param name="options">Limits; defaults when null.</param>
    /// <param name="clock">The clock for receive times and pacing; the system clock when null.</param>
    public AisFileSource(
        string path,
        string? name = null,
        AisReplayOptions? replay = null,
        AisSourceOptions? options = null,
        TimeProvider? clock = null)
        : base(name ?? DefaultName(path), options, clock, replay)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    private static string DefaultName(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return System.IO.Path.GetFileName(path);
    }

    private protected override async Task RunCoreAsync(ChannelWriter<AisReceived> output, CancellationToken cancellationToken)
    {
        FileStream file;
        try
        {
            // The source buffers itself: no FileStream buffer.
            file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Statistics.SetFault($"cannot read '{Path}': {ex.Message}");
            throw;
        }

        await using (file)
        {
            await ReadToEndAsync(file, output, cancellationToken);
        }
    }
}
