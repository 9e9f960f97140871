using System.Data.Common;
using Entente.Core.Detections;
using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Core.Sharing;

namespace Entente.Storage.Detections;

/// <summary>The detection store over any ADO.NET engine; SQL is common to SQLite and PostgreSQL.</summary>
internal sealed class AdoDetectionStore(AdoDatabase database, SqlDialect dialect) : IDetectionStore
{
    private const string Columns = "time, sensor, kind, lat, lon, sigma_m, people, origin_agency, releasability";

    public async Task<IReadOnlyList<long>> AppendAsync(IReadOnlyList<Detection> detections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(detections);
        var ids = new List<long>(detections.Count);
        if (detections.Count == 0)
        {
            return ids;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO detections ({Columns}) VALUES (@time, @sensor, @kind, @lat, @lon, @sigma, @people, @origin, @rel) RETURNING id";
        foreach (var detection in detections)
        {
            command.Parameters.Clear();
            AdoDatabase.AddParameter(command, "time", dialect.ToDbTime(detection.Time));
            AdoDatabase.AddParameter(command, "sensor", detection.Sensor.Code);
            AdoDatabase.AddParameter(command, "kind", detection.Kind.ToString());
            AdoDatabase.AddParameter(command, "lat", detection.Position.LatitudeDegrees);
            AdoDatabase.AddParameter(command, "lon", detection.Position.LongitudeDegrees);
            AdoDatabase.AddParameter(command, "sigma", detection.SigmaMetres);
            AdoDatabase.AddParameter(command, "people", detection.PeopleCount);
            AdoDatabase.AddParameter(command, "origin", detection.Provenance.OriginatingAgency.Code);
            AdoDatabase.AddParameter(command, "rel", detection.Provenance.Releasability.Label);
            var id = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            ids.Add(Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture));
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ids;
    }

    public async Task<IReadOnlyList<StoredDetection>> QueryAsync(DetectionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // A label is its tokens joined by '+' ("UK+fr-liaison"): with '+' on both ends, a token matches as "+TOKEN+".
        var releasable = query.ReleasableTo is null ? string.Empty :
            " AND (origin_agency = @viewer OR ('+' || releasability || '+') LIKE @nation OR ('+' || releasability || '+') LIKE @named ESCAPE '!')";
        command.CommandText =
            $"SELECT id, {Columns} FROM detections WHERE time >= @from AND time < @to{releasable} ORDER BY time, id LIMIT @limit";
        if (query.ReleasableTo is { } viewer)
        {
            AdoDatabase.AddParameter(command, "viewer", viewer.Id.Code);
            AdoDatabase.AddParameter(command, "nation", viewer.Nation == Core.Sharing.Nations.France ? "%+FR+%" : "%+UK+%");
            AdoDatabase.AddParameter(command, "named", "%+" + viewer.Id.Code.Replace("_", "!_", StringComparison.Ordinal) + "+%");
        }

        AdoDatabase.AddParameter(command, "from", dialect.ToDbTime(query.From));
        AdoDatabase.AddParameter(command, "to", dialect.ToDbTime(query.To));
        AdoDatabase.AddParameter(command, "limit", query.Limit);
        var results = new List<StoredDetection>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            results.Add(new StoredDetection(reader.GetInt64(0), Read(reader)));
        }

        return results;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM detections";
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private Detection Read(DbDataReader reader)
    {
        // Rows were validated on the way in; parsing again guards against hand-edited databases.
        var provenance = new Provenance(AgencyId.Parse(reader.GetString(8)), Releasability.Parse(reader.GetString(9)));
        return new Detection(
            dialect.FromDbTime(reader, 1),
            SensorId.Parse(reader.GetString(2)),
            Enum.Parse<DetectionKind>(reader.GetString(3)),
            GeoPosition.FromDegrees(reader.GetDouble(4), reader.GetDouble(5)),
            reader.GetDouble(6),
            provenance,
            reader.IsDBNull(7) ? null : reader.GetInt32(7));
    }
}
