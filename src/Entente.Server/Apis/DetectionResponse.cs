using Entente.Storage.Detections;

namespace Entente.Server.Apis;

/// <summary>A stored detection.</summary>
/// <param name="Id">Its id in the store.</param>
/// <param name="Time">When.</param>
/// <param name="Sensor">Which sensor or source.</param>
/// <param name="Kind"><c>radar</c>, <c>ground</c>, <c>aerial</c>, <c>report</c> or <c>ais</c>.</param>
/// <param name="Lat">Latitude, degrees.</param>
/// <param name="Lon">Longitude, degrees.</param>
/// <param name="SigmaMetres">Position uncertainty (1σ), metres.</param>
/// <param name="People">People counted, when the sensor said.</param>
/// <param name="Agency">The originating agency.</param>
/// <param name="Releasability">Who may see it, e.g. "UK+FR".</param>
public sealed record DetectionResponse(long Id, DateTimeOffset Time, string Sensor, string Kind, double Lat, double Lon, double SigmaMetres, int? People,
    string Agency, string Releasability) : Core.Sharing.IShareable
{
    /// <summary>Whose it is and who may see it (written as <see cref="Agency"/> and <see cref="Releasability"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Core.Sharing.Provenance Provenance { get; init; } = Picture.Releasing.Shared;

    /// <summary>The response for a stored detection.</summary>
    /// <param name="stored">The detection.</param>
    /// <returns>The response.</returns>
    public static DetectionResponse From(StoredDetection stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var d = stored.Detection;
        return new(stored.Id, d.Time, d.Sensor.ToString(), d.Kind.ToString().ToLowerInvariant(), d.Position.LatitudeDegrees, d.Position.LongitudeDegrees,
            d.SigmaMetres, d.PeopleCount, d.Provenance.OriginatingAgency.ToString(), d.Provenance.Releasability.Label)
        {
            Provenance = d.Provenance,
        };
    }
}
