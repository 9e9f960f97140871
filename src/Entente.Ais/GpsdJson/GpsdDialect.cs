namespace Entente.Ais.GpsdJson;

/// <summary>
/// Which gpsd release's JSON to match. The releases differ in coordinate decimals, legend texts and a few
/// member forms (e.g. type 27 <c>status</c>); both are tested against gpsd's own expected outputs.
/// </summary>
public enum GpsdDialect
{
    /// <summary>gpsd 3.22 (2020), the <c>gpsdecode</c> of Debian bookworm: 6 decimals, <c>"turn":"nan"</c>.</summary>
    Gpsd322,

    /// <summary>gpsd of 2026: 7 decimals, <c>"turn":"n/a"</c>, ITU-R M.1371-5 legend texts.</summary>
    Gpsd2026,
}
