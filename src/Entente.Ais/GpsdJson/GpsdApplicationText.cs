namespace Entente.Ais.GpsdJson;

/// <summary>The legend texts and text forms gpsd writes for binary message applications.</summary>
internal static class GpsdApplicationText
{
    private static readonly string[] RaconTexts = ["No RACON installed", "RACON not monitored", "RACON operational", "RACON ERROR"];

    private static readonly string[] LightTexts = ["No light or no monitoring", "Light ON", "Light OFF", "Light ERROR"];

    // gpsd lists 1 as increasing and 2 as decreasing, the reverse of IMO SN.1/Circ.236 and 289; kept for compatibility.
    private static readonly string[] TendencyTexts = ["steady", "increasing", "decreasing", "N/A"];

    private static readonly string[] PrecipitationTexts =
        ["reserved", "rain", "thunderstorm", "freezing rain", "mixed/ice", "snow", "reserved", "N/A"];

    private static readonly string[] IceTexts = ["no", "yes", "reserved", "N/A"];

    private static readonly string[] HazardTexts =
        ["0 blue cones/lights", "1 blue cone/light", "2 blue cones/lights", "3 blue cones/lights", "4 B-Flag", "Unknown"];

    private static readonly string[] LoadTexts = ["N/A (default)", "Unloaded", "Loaded", "INVALID LOAD STATUS"];

    // ERI ship types with the SOLAS type each maps to; gpsd looks a code up as either and takes the first match.
    // The spelling is gpsd's, including its "eigth" and its clipped last entry.
    private static readonly (int Eri, int Solas, string Text)[] EriShipTypes =
    [
        (8000, 99, "Vessel, type unknown"),
        (8010, 79, "Motor freighter"),
        (8020, 89, "Motor tanker"),
        (8021, 80, "Motor tanker, liquid cargo, type N"),
        (8022, 80, "Motor tanker, liquid cargo, type C"),
        (8023, 89, "Motor tanker, dry cargo as if liquid (e.g. cement)"),
        (8030, 79, "Container vessel"),
        (8040, 80, "Gas tanker"),
        (8050, 79, "Motor freighter, tug"),
        (8060, 89, "Motor tanker, tug"),
        (8070, 79, "Motor freighter with one or more ships alongside"),
        (8080, 89, "Motor freighter with tanker"),
        (8090, 79, "Motor freighter pushing one or more freighters"),
        (8100, 89, "Motor freighter pushing at least one tank-ship"),
        (8110, 79, "Tug, freighter"),
        (8120, 89, "Tug, tanker"),
        (8130, 31, "Tug freighter, coupled"),
        (8140, 31, "Tug, freighter/tanker, coupled"),
        (8150, 99, "Freightbarge"),
        (8160, 99, "Tankbarge"),
        (8161, 90, "Tankbarge, liquid cargo, type N"),
        (8162, 90, "Tankbarge, liquid cargo, type C"),
        (8163, 99, "Tankbarge, dry cargo as if liquid (e.g. cement)"),
        (8170, 99, "Freightbarge with containers"),
        (8180, 90, "Tankbarge, gas"),
        (8210, 79, "Pushtow, one cargo barge"),
        (8220, 79, "Pushtow, two cargo barges"),
        (8230, 79, "Pushtow, three cargo barges"),
        (8240, 79, "Pushtow, four cargo barges"),
        (8250, 79, "Pushtow, five cargo barges"),
        (8260, 79, "Pushtow, six cargo barges"),
        (8270, 79, "Pushtow, seven cargo barges"),
        (8280, 79, "Pushtow, eigth cargo barges"),
        (8290, 79, "Pushtow, nine or more barges"),
        (8310, 80, "Pushtow, one tank/gas barge"),
        (8320, 80, "Pushtow, two barges at least one tanker or gas barge"),
        (8330, 80, "Pushtow, three barges at least one tanker or gas barge"),
        (8340, 80, "Pushtow, four barges at least one tanker or gas barge"),
        (8350, 80, "Pushtow, five barges at least one tanker or gas barge"),
        (8360, 80, "Pushtow, six barges at least one tanker or gas barge"),
        (8370, 80, "Pushtow, seven barges at least one tanker or gas barg"),
    ];

    public static string Racon(int code) => RaconTexts[code & 3];

    public static string Light(int code) => LightTexts[code & 3];

    public static string Tendency(int code) => TendencyTexts[code & 3];

    public static string Precipitation(int code) => PrecipitationTexts[code & 7];

    public static string Ice(int code) => IceTexts[code & 3];

    public static string Hazard(int code) => (uint)code < (uint)HazardTexts.Length ? HazardTexts[code] : "INVALID HAZARD";

    public static string Load(int code) => LoadTexts[code & 3];

    public static string EriShipType(int code)
    {
        foreach (var (eri, solas, text) in EriShipTypes)
        {
            if (code == eri || code == solas)
            {
                return text;
            }
        }

        return "Illegal ship type value.";
    }

    /// <summary>Decimals gpsd writes for positions in 1/1000 minute (and, wrongly scaled, 1/10000 minute in tidal windows).</summary>
    public static int PositionDecimals(GpsdJsonOptions options) => options.Dialect == GpsdDialect.Gpsd322 ? 4 : 6;
}
