using Entente.Ais.Decoding;

namespace Entente.Ais.Ingest;

/// <summary>Settings every ingest source shares.</summary>
public sealed record AisSourceOptions
{
    /// <summary>The decoder's limits; when null, defaults with the source's name as the default <c>s:</c> source.</summary>
    public AisDecoderOptions? Decoder { get; init; }

    /// <summary>The longest physical line accepted, in bytes; longer lines are counted as line-too-long and skipped. Default 4096.</summary>
    public int MaxLineBytes { get; init; } = 4096;

    /// <summary>The read buffer size in bytes. Default 64 KiB.</summary>
    public int ReadBufferBytes { get; init; } = 64 * 1024;

    /// <summary>How many rejected lines each source keeps for diagnosis. Default 32.</summary>
    public int RecentErrorCapacity { get; init; } = 32;

    /// <summary>Called with each rejected line as it is rejected, on the source's own thread (e.g. to log it); null for none.</summary>
    public Action<AisRejectedLine>? OnRejectedLine { get; init; }

    /// <summary>
    /// Called with each sentence the decoder accepted (a whole message, or one fragment of a multi-sentence one), tag
    /// block included, on the source's own thread; null for none. It lets an owner hand the raw NMEA on to a consumer
    /// that decodes it itself (the server's live picture does) while the source keeps its counts.
    /// </summary>
    public Action<string>? OnSentence { get; init; }
}
