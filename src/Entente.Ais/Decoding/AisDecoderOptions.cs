namespace Entente.Ais.Decoding;

/// <summary>Limits of an <see cref="AisDecoder"/>.</summary>
public sealed record AisDecoderOptions
{
    /// <summary>The most multi-sentence groups held at once; the oldest gives way when full. Default 64.</summary>
    public int MaxPendingGroups { get; init; } = 64;

    /// <summary>How many sentences an incomplete group may wait for its other fragments. Default 500.</summary>
    public int MaxGroupAgeSentences { get; init; } = 500;

    /// <summary>The source name used when a sentence has no tag-block <c>s:</c> source, e.g. the feed's name.</summary>
    public string? DefaultSource { get; init; }
}
