using System.Text;
using Entente.Incidents.Events;
using Entente.Incidents.Outcomes;
using Entente.Incidents.Output;
using Entente.Rules.Output;
using Entente.Storage.Events;

namespace Entente.Statistics.Operational;

/// <summary>
/// Reads Entente's own records: from the event store (streams "alert-NNNNN", "incident-NNNNN", "outcome-NNNNN"; other
/// streams are not records of these kinds and are passed over), or from a directory of <c>entente replay</c> outputs
/// (alerts.jsonl, incidents.jsonl, outcomes.jsonl, each optional). A record that cannot be read is kept as a
/// <see cref="RecordLineError"/> with its file and line (or stream and version), never thrown.
/// </summary>
public static class OperationalRecordReader
{
    /// <summary>The alert changes file.</summary>
    public const string AlertsFile = "alerts.jsonl";

    /// <summary>The incident events file.</summary>
    public const string IncidentsFile = "incidents.jsonl";

    /// <summary>The outcome reports file.</summary>
    public const string OutcomesFile = "outcomes.jsonl";

    private const int PageSize = 5000;

    /// <summary>Reads every record the event store holds, page by page in commit order.</summary>
    /// <param name="store">The event store.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The records.</returns>
    public static async Task<OperationalRecords> ReadStoreAsync(IEventStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var events = new List<StoredEvent>();
        var after = 0L;
        while (true)
        {
            var page = await store.ReadAllAsync(after, PageSize, cancellationToken).ConfigureAwait(false);
            events.AddRange(page);
            if (page.Count < PageSize)
            {
                return FromStoredEvents(events);
            }

            after = page[^1].Position;
        }
    }

    /// <summary>Reads records from stored events.</summary>
    /// <param name="events">The events, in commit order.</param>
    /// <returns>The records, with those that could not be read as errors (source: the stream, line: the version).</returns>
    public static OperationalRecords FromStoredEvents(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var builder = new Builder();
        foreach (var e in events)
        {
            if (e.Stream.StartsWith("alert-", StringComparison.Ordinal))
            {
                builder.Alert(e.PayloadJson, e.Stream, e.Version);
            }
            else if (e.Stream.StartsWith("incident-", StringComparison.Ordinal))
            {
                builder.Incident(e.PayloadJson, e.Stream, e.Version);
            }
            else if (e.Stream.StartsWith("outcome-", StringComparison.Ordinal))
            {
                builder.Outcome(e.PayloadJson, e.Stream, e.Version);
            }
        }

        return builder.Build();
    }

    /// <summary>Reads the replay outputs in a directory; a file that is not there holds no records.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The records, with the lines that could not be read as errors (source: the file's path).</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static async Task<OperationalRecords> ReadDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory} is not a directory.");
        }

        var builder = new Builder();
        await ReadLinesAsync(Path.Combine(directory, AlertsFile), builder.Alert, cancellationToken).ConfigureAwait(false);
        await ReadLinesAsync(Path.Combine(directory, IncidentsFile), builder.Incident, cancellationToken).ConfigureAwait(false);
        await ReadLinesAsync(Path.Combine(directory, OutcomesFile), builder.Outcome, cancellationToken).ConfigureAwait(false);
        return builder.Build();
    }

    /// <summary>Reads one outcome report.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="report">The report, when read.</param>
    /// <param name="error">Why not, when not.</param>
    /// <returns>True when read.</returns>
    internal static bool TryReadOutcome(string json, out OutcomeReport? report, out string? error)
    {
        return OutcomeReportJson.TryParse(Encoding.UTF8.GetBytes(json), out report, out error);
    }

    private static async Task ReadLinesAsync(string path, Action<string, string, long> read, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var number = 0L;
        await foreach (var line in File.ReadLinesAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                read(line, path, number);
            }
        }
    }

    private sealed class Builder
    {
        private readonly List<AlertChangeRecord> _alerts = [];
        private readonly List<IncidentEvent> _incidents = [];
        private readonly List<OutcomeReport> _outcomes = [];
        private readonly List<RecordLineError> _errors = [];

        public void Alert(string json, string source, long line)
        {
            if (AlertChangeJson.TryParse(Encoding.UTF8.GetBytes(json), out var record, out var error) && record is not null)
            {
                _alerts.Add(record);
            }
            else
            {
                _errors.Add(new RecordLineError(source, line, error ?? "Not an alert change."));
            }
        }

        public void Incident(string json, string source, long line)
        {
            if (IncidentEventJson.TryRead(json, out var e, out var error))
            {
                _incidents.Add(e);
            }
            else
            {
                _errors.Add(new RecordLineError(source, line, error));
            }
        }

        public void Outcome(string json, string source, long line)
        {
            if (TryReadOutcome(json, out var report, out var error) && report is not null)
            {
                _outcomes.Add(report);
            }
            else
            {
                _errors.Add(new RecordLineError(source, line, error ?? "Not an outcome report."));
            }
        }

        public OperationalRecords Build() => new(_alerts, _incidents, _outcomes, _errors);
    }
}
