using System.Data.Common;

namespace Entente.Storage.Official;

/// <summary>The official series over any ADO.NET engine; SQL is common to SQLite and PostgreSQL.</summary>
internal sealed class AdoOfficialSeriesStore(AdoDatabase database) : IOfficialSeriesStore
{
    private const string DailyColumns = "day, migrants_arrived, boats_arrived, boats_uncontrolled_landings, notes";

    private const string WeeklyColumns =
        "week_ending, migrants_arrived, boats_arrived, boats_uncontrolled_landings, migrants_prevented, events_prevented, notes";

    public Task ReplaceDailyAsync(IReadOnlyList<OfficialDailyRow> rows, CancellationToken cancellationToken) =>
        ReplaceAsync("official_daily_arrivals", DailyColumns, "@day, @migrants, @boats, @uncontrolled, @notes", rows, (command, row) =>
        {
            AdoDatabase.AddParameter(command, "day", row.Date);
            AdoDatabase.AddParameter(command, "migrants", row.MigrantsArrived);
            AdoDatabase.AddParameter(command, "boats", row.BoatsArrived);
            AdoDatabase.AddParameter(command, "uncontrolled", row.BoatsUncontrolledLandings);
            AdoDatabase.AddParameter(command, "notes", row.Notes);
        }, cancellationToken);

    public Task ReplaceWeeklyAsync(IReadOnlyList<OfficialWeeklyRow> rows, CancellationToken cancellationToken) =>
        ReplaceAsync("official_weekly_arrivals", WeeklyColumns, "@week, @migrants, @boats, @uncontrolled, @prevented, @events, @notes", rows,
            (command, row) =>
            {
                AdoDatabase.AddParameter(command, "week", row.WeekEnding);
                AdoDatabase.AddParameter(command, "migrants", row.MigrantsArrived);
                AdoDatabase.AddParameter(command, "boats", row.BoatsArrived);
                AdoDatabase.AddParameter(command, "uncontrolled", row.BoatsUncontrolledLandings);
                AdoDatabase.AddParameter(command, "prevented", row.MigrantsPrevented);
                AdoDatabase.AddParameter(command, "events", row.EventsPrevented);
                AdoDatabase.AddParameter(command, "notes", row.Notes);
            }, cancellationToken);

    public Task<IReadOnlyList<OfficialDailyRow>> ReadDailyAsync(CancellationToken cancellationToken) =>
        ReadAsync($"SELECT {DailyColumns} FROM official_daily_arrivals ORDER BY day",
            reader => new OfficialDailyRow(reader.GetFieldValue<DateOnly>(0), Count(reader, 1), Count(reader, 2), Count(reader, 3), Text(reader, 4)),
            cancellationToken);

    public Task<IReadOnlyList<OfficialWeeklyRow>> ReadWeeklyAsync(CancellationToken cancellationToken) =>
        ReadAsync($"SELECT {WeeklyColumns} FROM official_weekly_arrivals ORDER BY week_ending",
            reader => new OfficialWeeklyRow(reader.GetFieldValue<DateOnly>(0), Count(reader, 1), Count(reader, 2), Count(reader, 3),
                Count(reader, 4), Count(reader, 5), Text(reader, 6)),
            cancellationToken);

    // A whole series is replaced in one transaction: all of it is stored, or the one before stays.
    private async Task ReplaceAsync<T>(string table, string columns, string values, IReadOnlyList<T> rows, Action<DbCommand, T> bind,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM " + table;
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({columns}) VALUES ({values})";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            bind(command, row);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static int? Count(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToInt32(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
