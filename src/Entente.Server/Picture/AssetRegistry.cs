using Entente.Core.Sharing;
using Entente.Geo.Geography;
using Entente.Incidents.Assets;
using Entente.Incidents.Incidents;
using Entente.Server.Apis;

namespace Entente.Server.Picture;

/// <summary>The assets the centres can task: the Channel's defaults (<see cref="ChannelAssets"/>).</summary>
internal sealed class AssetRegistry(ChannelGeography geography)
{
    private readonly IReadOnlyList<RescueAsset> _assets = ChannelAssets.Create(geography);

    /// <summary>Every asset with its status: tasked on an open incident, or available.</summary>
    public IReadOnlyList<AssetResponse> Describe(LivePicture picture) =>
        picture.ReadIncidents<IReadOnlyList<AssetResponse>>(incidents =>
        {
            var tasked = incidents.Where(i => i.Status == IncidentStatus.Open)
                .SelectMany(i => i.Tasked.Values.Select(t => (t.AssetId, Incident: i.Id.ToString(), Task: AssetTaskTypes.ToName(t.Task))))
                .GroupBy(t => t.AssetId).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            return [.. _assets.Select(a =>
            {
                var on = tasked.TryGetValue(a.Id, out var t) ? t : default;
                return new AssetResponse(a.Id, a.Name, a.Kind.ToString().ToLowerInvariant(), a.Nation == Nations.France ? "FR" : "UK", a.OperatorName,
                    a.Position.LatitudeDegrees, a.Position.LongitudeDegrees, a.SpeedKnots, on.Incident is null ? "available" : "tasked", on.Incident, on.Task)
                {
                    Provenance = ProvenanceOf(a),
                };
            })];
        });

    /// <summary>Who may see an asset, by its operator: search-and-rescue assets both states; law-enforcement and naval
    /// assets their own state and the other state's rescue centre; gendarmerie boats France alone.</summary>
    /// <param name="asset">The asset.</param>
    /// <returns>Its provenance.</returns>
    public static Provenance ProvenanceOf(RescueAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var french = asset.Nation == Nations.France;
        return asset.Kind switch
        {
            AssetKind.Lifeboat or AssetKind.Helicopter =>
                new(french ? (asset.Kind == AssetKind.Helicopter ? Agencies.PrefectureMaritime.Id : Agencies.CrossGrisNez.Id) : Agencies.HmCoastguard.Id,
                    Releasability.UkAndFr),
            AssetKind.GendarmerieVessel => new(Agencies.GendarmeriePaf.Id, Releasability.FrOnly),
            _ when french => new(Agencies.PrefectureMaritime.Id, Releasability.To(Nations.France, Agencies.HmCoastguard.Id)),
            _ => new(Agencies.UkBorderForce.Id, Releasability.To(Nations.UnitedKingdom, Agencies.CrossGrisNez.Id)),
        };
    }

    public RescueAsset? Find(string? id) => id is null ? null : _assets.FirstOrDefault(a => a.Id == id);
}
