namespace Entente.Server.Apis;

/// <summary>A rescue or patrol asset that can be tasked.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What it is, e.g. "lifeboat".</param>
/// <param name="Nation">"UK" or "FR".</param>
/// <param name="Operator">Who operates it.</param>
/// <param name="Lat">Where: latitude.</param>
/// <param name="Lon">Where: longitude.</param>
/// <param name="SpeedKnots">Transit speed, knots.</param>
/// <param name="Status">"available", or "tasked" on an open incident.</param>
/// <param name="Incident">The open incident it is tasked on, if any.</param>
/// <param name="Task">Its task there, if any.</param>
public sealed record AssetResponse(string Id, string Name, string Kind, string Nation, string Operator, double Lat, double Lon, double SpeedKnots,
    string Status, string? Incident, string? Task) : Core.Sharing.IShareable
{
    /// <summary>Whose it is and who may see it (not serialised: <see cref="Agency"/> and <see cref="Releasability"/> say it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Core.Sharing.Provenance Provenance { get; init; } = Picture.Releasing.Shared;

    /// <summary>The originating agency's code.</summary>
    public string Agency => Provenance.OriginatingAgency.Code;

    /// <summary>Who else may see it, e.g. "UK+FR".</summary>
    public string Releasability => Provenance.Releasability.Label;
}

