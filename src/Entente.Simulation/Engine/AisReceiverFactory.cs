using System.Globalization;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Engine;

/// <summary>Creates the scenario's shore AIS receivers, and with them the ships' transponders (nothing to hear them otherwise).</summary>
internal static class AisReceiverFactory
{
    public static void Build(SimulationWorld world, List<ISensorModel> sensors)
    {
        var documents = world.Scenario.Document.Sensors.AisReceivers;
        if (documents.Count == 0)
        {
            return;
        }

        var receivers = new List<AisShoreReceiver>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"$.sensors.aisReceivers[{i}]");
            var id = d.Id ?? string.Create(CultureInfo.InvariantCulture, $"ais-receiver-{i}");
            var point = d.Site is { } site
                ? world.PlacePoint(site, path + ".site")
                : ChannelProjection.Project(GeoPosition.FromDegrees(d.Position!.Lat, d.Position.Lon));
            receivers.Add(new AisShoreReceiver(id, point, d.RangeMetres, d.MessageLossProbability, world.Random.Fork("ais:receiver:" + id)));
        }

        sensors.Add(new AisTransponders(receivers));
    }
}
