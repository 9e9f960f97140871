using Entente.Core.Detections;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Geo.Geography;
using Entente.Incidents.Assets;
using Entente.Server.Feeds;
using Entente.Server.Picture;

namespace Entente.Server.Tests.Sharing;

/// <summary>The default provenance of each simulated source and of each asset.</summary>
public sealed class SourceReleasabilityTests
{
    private static readonly ChannelGeography Geography = ChannelGeography.LoadDefault();
    private static readonly DateTimeOffset Time = new(2026, 11, 21, 22, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("radar-st-margarets-bay", 51.15, 1.38, "uk-hmcg")]
    [InlineData("radar-gris-nez", 50.87, 1.59, "fr-cross-gris-nez")]
    public void Radar_BelongsToTheCentreOnItsSide_ForBothStates(string sensor, double lat, double lon, string originator)
    {
        var record = DetectionRecord.Radar(Time, sensor, GeoPosition.FromDegrees(lat, lon), 10_000, 200, 20, 0.3);

        var provenance = new SourceReleasability(Geography).Of(record);

        Assert.Equal(originator, provenance.OriginatingAgency.Code);
        Assert.Equal("UK+FR", provenance.Releasability.Label);
    }

    [Theory]
    [InlineData("ground-plage-de-wissant", DetectionKind.Ground, 50.89, 1.66, "fr-gendarmerie-paf", "FR+uk-liaison")]
    [InlineData("uk-aircraft-1", DetectionKind.Aerial, 51.0, 1.45, "uk-border-force", "UK+fr-cross-gris-nez")]
    [InlineData("fr-drone-1", DetectionKind.Aerial, 50.85, 1.6, "fr-premar", "FR+uk-hmcg")]
    [InlineData("calls-phone", DetectionKind.Report, 50.95, 1.65, "fr-cross-gris-nez", "UK+FR")]
    [InlineData("calls-vhf", DetectionKind.Report, 51.08, 1.42, "uk-hmcg", "UK+FR")]
    public void OtherSources_HaveTheirDefaults(string sensor, DetectionKind kind, double lat, double lon, string originator, string label)
    {
        var record = DetectionRecord.AtPosition(Time, sensor, kind, GeoPosition.FromDegrees(lat, lon), 100);

        var provenance = new SourceReleasability(Geography).Of(record);

        Assert.Equal(originator, provenance.OriginatingAgency.Code);
        Assert.Equal(label, provenance.Releasability.Label);
    }

    [Fact]
    public void Assets_AreReleasedByOperator()
    {
        var assets = ChannelAssets.Create(Geography).ToDictionary(a => a.Id, AssetRegistry.ProvenanceOf);

        Assert.Equal(("uk-border-force", "UK+fr-cross-gris-nez"), (assets["bf-cutter-1"].OriginatingAgency.Code, assets["bf-cutter-1"].Releasability.Label));
        Assert.Equal(("fr-gendarmerie-paf", "FR"), (assets["fr-gendarmerie-vessel"].OriginatingAgency.Code, assets["fr-gendarmerie-vessel"].Releasability.Label));
        Assert.Equal(("fr-premar", "FR+uk-hmcg"), (assets["fr-navy-patrol"].OriginatingAgency.Code, assets["fr-navy-patrol"].Releasability.Label));
        Assert.Equal("UK+FR", assets["hmcg-helicopter"].Releasability.Label);
        Assert.All(ChannelAssets.Create(Geography).Where(a => a.Kind == AssetKind.Lifeboat), a => Assert.Equal("UK+FR", AssetRegistry.ProvenanceOf(a).Releasability.Label));
        Assert.False(assets["fr-gendarmerie-vessel"].IsReleasableTo(Agencies.HmCoastguard));
        Assert.True(assets["bf-cutter-1"].IsReleasableTo(Agencies.CrossGrisNez));
        Assert.False(assets["bf-cutter-1"].IsReleasableTo(Agencies.GendarmeriePaf));
    }
}
