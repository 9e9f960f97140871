namespace Entente.Ais.Framing;

/// <summary>What one line of input turned out to be.</summary>
public enum AisLineKind
{
    /// <summary>An empty line or a '#' comment: skipped.</summary>
    Blank,

    /// <summary>Text or another NMEA sentence (e.g. $GPGGA): skipped and counted, not an error.</summary>
    NotAis,

    /// <summary>A well-formed AIVDM/AIVDO sentence.</summary>
    Sentence,

    /// <summary>A rejected line; the error kind says why.</summary>
    Error,
}
