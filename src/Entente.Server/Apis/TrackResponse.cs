using Entente.Tracking.Output;

namespace Entente.Server.Apis;

/// <summary>A live track as the map draws it.</summary>
/// <param name="Id">The track number.</param>
/// <param name="Lat">Latitude, degrees.</param>
/// <param name="Lon">Longitude, degrees.</param>
/// <param name="SpeedKnots">Speed over ground, knots.</param>
/// <param name="CourseDegrees">Course over ground, degrees true.</param>
/// <param name="SigmaMetres">Position uncertainty (1σ), metres.</param>
/// <param name="Class"><c>vessel-ais</c>, <c>small-boat</c> or <c>unknown</c>.</param>
/// <param name="Confidence">How sure the class is, 0 to 1.</param>
/// <param name="Status"><c>tentative</c>, <c>confirmed</c> or <c>coasting</c>.</param>
/// <param name="Mmsi">Its AIS identity, when it has one.</param>
/// <param name="Name">Its AIS name, when known.</param>
/// <param name="People">People aboard, when a sighting or report said.</param>
/// <remarks>Also <c>agency</c> and <c>releasability</c>: the union of its supporting detections' audiences.</remarks>
public sealed record TrackResponse(long Id, double Lat, double Lon, double SpeedKnots, double CourseDegrees, double SigmaMetres, string Class,
    double Confidence, string Status, int? Mmsi, string? Name, int? People) : Core.Sharing.IShareable
{
    /// <summary>Whose it is and who may see it (not serialised: <see cref="Agency"/> and <see cref="Releasability"/> say it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Core.Sharing.Provenance Provenance { get; init; } = Picture.Releasing.Shared;

    /// <summary>The originating agency's code.</summary>
    public string Agency => Provenance.OriginatingAgency.Code;

    /// <summary>Who else may see it, e.g. "UK+FR".</summary>
    public string Releasability => Provenance.Releasability.Label;

    /// <summary>The response for a tracker's report.</summary>
    /// <param name="t">The report.</param>
    /// <returns>The response, rounded to what a map needs.</returns>
    public static TrackResponse From(TrackReport t)
    {
        ArgumentNullException.ThrowIfNull(t);
        // 5 decimals of a degree is about a metre, well inside any track's uncertainty.
        return new(t.Id, Math.Round(t.Position.LatitudeDegrees, 5), Math.Round(t.Position.LongitudeDegrees, 5), Math.Round(t.SpeedKnots, 1),
            Math.Round(t.CourseDegrees, 1), Math.Round(t.SigmaMetres), TrackFrameJson.ClassName(t.Class), Math.Round(t.ClassConfidence, 2),
            TrackFrameJson.StatusName(t.Status), t.Mmsi, t.Name, t.People)
        {
            // A track only AIS supports has no stamped provenance: AIS is shared by both centres.
            Provenance = t.Provenance ?? Picture.Releasing.Shared,
        };
    }
}
