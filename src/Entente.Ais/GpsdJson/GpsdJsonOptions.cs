namespace Entente.Ais.GpsdJson;

/// <summary>How <see cref="GpsdJsonWriter"/> writes, mirroring <c>gpsdecode</c>'s switches.</summary>
public sealed record GpsdJsonOptions
{
    /// <summary>Scaled values (degrees, knots), as <c>gpsdecode -j</c>; false writes raw integers, as <c>gpsdecode -u -j</c>.</summary>
    public bool Scaled { get; init; } = true;

    /// <summary>The <c>"device"</c> member, "stdin" as gpsdecode writes; null leaves it out, as the gpsd daemon's logs do.</summary>
    public string? Device { get; init; } = "stdin";

    /// <summary>Which gpsd release's JSON to match; default the 3.22 of Debian's gpsd-clients, the usual peer tool.</summary>
    public GpsdDialect Dialect { get; init; } = GpsdDialect.Gpsd322;

    /// <summary>Write type 24 parts A and B as they come, as <c>gpsdecode -s</c>; false merges them as gpsd does by default.</summary>
    public bool SplitType24 { get; init; }
}
