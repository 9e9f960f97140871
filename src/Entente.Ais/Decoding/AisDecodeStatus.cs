namespace Entente.Ais.Decoding;

/// <summary>What happened to one line given to an <see cref="AisDecoder"/>.</summary>
public enum AisDecodeStatus
{
    /// <summary>A message is complete.</summary>
    Message,

    /// <summary>A fragment was stored; its message is not yet complete.</summary>
    Pending,

    /// <summary>A blank line, comment or non-AIS sentence: skipped.</summary>
    Skipped,

    /// <summary>The line was rejected; see <see cref="AisDecoder.LastError"/>.</summary>
    Error,
}
