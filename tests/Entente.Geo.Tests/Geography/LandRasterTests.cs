using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Geo.Geography;

namespace Entente.Geo.Tests.Geography;

public sealed class LandRasterTests
{
    private static readonly Lazy<ChannelGeography> Geography = new(ChannelGeography.LoadDefault);

    [Fact]
    public void Raster_AgreesWithThePolygons_AwayFromTheCoast()
    {
        var geography = Geography.Value;
        var raster = geography.LandRaster;
        var random = new Random(5);
        var checkedPoints = 0;
        for (var k = 0; k < 3_000; k++)
        {
            var position = GeoPosition.FromDegrees(50.0 + (random.NextDouble() * 1.7), -0.9 + (random.NextDouble() * 3.8));
            // Within a cell's diagonal of the coast the raster may differ by design.
            if (geography.DistanceToCoastAtSeaMetres(position) < 150)
            {
                continue;
            }

            var point = ChannelProjection.Project(position);
            Assert.Equal(geography.IsOnLand(position), raster.IsLand(point.EastingMetres, point.NorthingMetres));
            checkedPoints++;
        }

        Assert.True(checkedPoints > 2_500);
    }

    [Fact]
    public void Raster_KnowsDoverFromTheStrait_AndCallsEverythingBeyondItSea()
    {
        var raster = Geography.Value.LandRaster;
        var dover = ChannelProjection.Project(GeoPosition.FromDegrees(51.13, 1.30));
        var strait = ChannelProjection.Project(GeoPosition.FromDegrees(51.0, 1.45));

        Assert.True(raster.IsLand(dover.EastingMetres, dover.NorthingMetres));
        Assert.False(raster.IsLand(strait.EastingMetres, strait.NorthingMetres));
        Assert.False(raster.IsLand(raster.MinEastingMetres - 1, raster.MinNorthingMetres - 1));
        Assert.False(raster.IsLand(double.NaN, 0));
        Assert.Equal(ChannelGeography.LandRasterCellMetres, raster.CellMetres);
    }
}
