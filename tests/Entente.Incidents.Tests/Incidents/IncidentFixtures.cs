using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Incidents.Assets;
using Entente.Incidents.Centres;
using Entente.Incidents.Incidents;

namespace Entente.Incidents.Tests.Incidents;

internal static class IncidentFixtures
{
    public static readonly DateTimeOffset T0 = new(2021, 11, 24, 1, 0, 0, TimeSpan.Zero);

    public static readonly Actor UkOfficer = new("dover-swo", Agencies.HmCoastguard.Id);

    public static readonly Actor FrOfficer = new("gris-nez-cmc", Agencies.CrossGrisNez.Id);

    public static readonly Actor UkBorderForce = new("bf-duty", Agencies.UkBorderForce.Id);

    public static readonly Actor FrNavy = new("premar-duty", Agencies.PrefectureMaritime.Id);

    // Mid-strait, on the French side of the line.
    public static readonly GeoPosition FrenchWaters = GeoPosition.FromDegrees(50.98, 1.75);

    public static readonly RescueAsset RnliDover = new("rnli-dover-alb", "RNLB Dover", AssetKind.Lifeboat, Nations.UnitedKingdom, "RNLI",
        GeoPosition.FromDegrees(51.115, 1.32), 25);

    public static readonly RescueAsset SnsmCalais = new("snsm-calais-1", "SNSM Calais", AssetKind.Lifeboat, Nations.France, "SNSM",
        GeoPosition.FromDegrees(50.965, 1.857), 22);

    public static SarIncident OpenInFrance(int? people = 40) =>
        SarIncident.Open(IncidentId.FromInt64(7), T0, Actor.System, "ALR-00001", new Datum(FrenchWaters, T0, 500, DatumBasis.Track, 12),
            CoordinationCentre.CrossGrisNez, new PeopleCount(people), "Opened from a test alert.");
}
