using Entente.Core.Units;
using Entente.Incidents.Coordination;
using Entente.Picture.Pipeline;
using Entente.Rules.Environment;
using Entente.Sar.Forcing;
using Entente.Simulation.Scenarios;

namespace Entente.Server.Feeds;

/// <summary>
/// The live picture's pipeline options for each feed: the tidal stream the rules judge boats through the water by,
/// and the wind a lost boat's drift is driven by, the two things the centres take from a tidal atlas and a forecast.
/// </summary>
internal static class PictureEnvironment
{
    /// <summary>A simulated night: its own tidal stream and wind stand for the atlas and forecast.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The options.</returns>
    public static PicturePipelineOptions For(Scenario scenario)
    {
        var tide = scenario.Tide;
        var (windKnots, windFrom) = scenario.Wind;
        return Options(new RectilinearTide(tide.MaxSpeedKnots, tide.FloodDirectionDegrees, tide.FloodPeak),
            new ConstantWind(UnitConversions.KnotsToMetresPerSecond(windKnots), windFrom));
    }

    /// <summary>Real feeds: no tidal atlas or forecast is connected yet, so still water and calm are assumed, as
    /// <c>entente replay</c> assumes for a recording without them.</summary>
    /// <returns>The options.</returns>
    public static PicturePipelineOptions Unknown() => Options(Rules.Environment.StillWater.Instance, null);

    private static PicturePipelineOptions Options(ISeaCurrent current, IVectorField? wind) => new()
    {
        Current = current,
        Incidents = new IncidentCoordinatorOptions { Wind = wind },
    };
}
