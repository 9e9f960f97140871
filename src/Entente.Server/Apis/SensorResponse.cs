namespace Entente.Server.Apis;

/// <summary>A sensor and whether it is being heard.</summary>
/// <param name="Id">Its id, as in its detections.</param>
/// <param name="Kind"><c>radar</c>, <c>beach</c>, <c>aircraft</c>, <c>ais-receiver</c> or <c>other</c>.</param>
/// <param name="Name">What to call it.</param>
/// <param name="Lat">Where it is (an aircraft's orbit centre), when known.</param>
/// <param name="Lon">Longitude, when known.</param>
/// <param name="RangeMetres">How far it reaches, when known.</param>
/// <param name="Status"><c>live</c> (heard within the last 2 minutes of picture time), <c>silent</c> (heard before) or <c>unheard</c>.</param>
/// <param name="LastHeard">When it last reported.</param>
/// <param name="Detections">How many reports it has made since the server started.</param>
public sealed record SensorResponse(string Id, string Kind, string Name, double? Lat, double? Lon, double? RangeMetres, string Status,
    DateTimeOffset? LastHeard, long Detections);
