using System.Data.Common;

namespace Entente.Storage.Official;

/// <summary>The official series over any ADO.NET engine; SQL is common to SQLite and PostgreSQL.</summary>
internal sealed class AdoOfficialSeriesStore(AdoDatabase database) : IOfficialSeriesStore
{
    private const string DailyColumns = "day, migrants_arrived, boats_arrived, boats_uncontrolled_landings, notes";

    private const string WeeklyColumns =
        "week_ending, migrants_arrived, boats_arrived, boats_uncontrolled_landings, migrants_prevented, events_prevented, notes";

    public async Task ReplaceDailyAsync(IReadOnlyList<OfficialDailyRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await DeleteAllAsync(connection, transaction, "official_daily_arrivals", cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO official_daily_arrivals ({DailyColumns}) VALUES (@day, @migrants, @boats, @uncontrolled, @notes)";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            AdoDatabase.AddParameter(command, "day", row.Date);
            AdoDatabase.AddParameter(command, "migrants", row.MigrantsArrived);
            AdoDatabase.AddParameter(command, "boats", row.BoatsArrived);
            AdoDatabase.AddParameter(command, "uncontrolled", row.BoatsUncontrolledLandings);
            AdoDatabase.AddParameter(command, "notes", row.Notes);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ReplaceWeeklyAsync(IReadOnlyList<OfficialWeeklyRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await DeleteAllAsync(connection, transaction, "official_weekly_arrivals", cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO official_weekly_arrivals ({WeeklyColumns}) VALUES (@week, @migrants, @boats, @uncontrolled, @prevented, @events, @notes)";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            AdoDatabase.AddParameter(command, "week", row.WeekEnding);
            AdoDatabase.AddParameter(command, "migrants", row.MigrantsArrived);
            AdoDatabase.AddParameter(command, "boats", row.BoatsArrived);
            AdoDatabase.AddParameter(command, "uncontrolled", row.BoatsUncontrolledLandings);
            AdoDatabase.AddParameter(command, "prevented", row.MigrantsPrevented);
            AdoDatabase.AddParameter(command, "events", row.EventsPrevented);
            AdoDatabase.AddParameter(command, "notes", row.Notes);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OfficialDailyRow>> ReadDailyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {DailyColumns} FROM official_daily_arrivals ORDER BY day";
        var rows = new List<OfficialDailyRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new OfficialDailyRow(reader.GetFieldValue<DateOnly>(0), Count(reader, 1), Count(reader, 2), Count(reader, 3), Text(reader, 4)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<OfficialWeeklyRow>> ReadWeeklyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {WeeklyColumns} FROM official_weekly_arrivals ORDER BY week_ending";
        var rows = new List<OfficialWeeklyRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new OfficialWeeklyRow(reader.GetFieldValue<DateOnly>(0), Count(reader, 1), Count(reader, 2), Count(reader, 3),
                Count(reader, 4), Count(reader, 5), Text(reader, 6)));
        }

        return rows;
    }

    private static int? Count(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToInt32(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static async Task DeleteAllAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM " + table;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
