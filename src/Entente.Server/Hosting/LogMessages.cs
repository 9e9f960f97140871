namespace Entente.Server.Hosting;

/// <summary>The server's log messages, with stable event ids.</summary>
internal static partial class LogMessages
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Entente is serving the Dover Strait picture at {Address} — open it in a browser")]
    public static partial void Listening(ILogger logger, string address);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Records are kept in {Provider}: {Location}")]
    public static partial void Storage(ILogger logger, Entente.Storage.StorageProvider provider, string location);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Demo users, for the simulated night only: {Names}; password {Password} (also in {File}). Create real users with 'entente users add'")]
    public static partial void DemoUsers(ILogger logger, string names, string password, string file);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Simulated feed: scenario {Scenario} live from {Start} at {Speed}x; its detections are stored like a sensor's")]
    public static partial void SimulationFeedStarted(ILogger logger, string scenario, DateTimeOffset start, double speed);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "The simulated feed is off (Feeds:Simulation:Enabled, or a real feed is configured)")]
    public static partial void SimulationFeedOff(ILogger logger);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Simulated feed: scenario {Scenario} ended; {Detections} detections stored, {AisLines} AIS lines")]
    public static partial void SimulationFeedEnded(ILogger logger, string scenario, long detections, long aisLines);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "The simulated feed cannot run: {Reason}")]
    public static partial void SimulationFeedFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Simulated detections could not be stored: {Reason}")]
    public static partial void SimulationFeedStoreFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1150, Level = LogLevel.Information, Message = "Real feed {Feed} receives at {Endpoint}")]
    public static partial void RealFeedStarted(ILogger logger, string feed, string endpoint);

    [LoggerMessage(EventId = 1151, Level = LogLevel.Error, Message = "Real feed {Feed} cannot run: {Reason}")]
    public static partial void RealFeedFailed(ILogger logger, string feed, string reason);

    [LoggerMessage(EventId = 1152, Level = LogLevel.Warning, Message = "Received detections could not be stored: {Reason}")]
    public static partial void RealFeedStoreFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1153, Level = LogLevel.Warning, Message = "A record from {Feed} could not be taken into the picture: {Reason}")]
    public static partial void RealFeedRecordFailed(ILogger logger, string feed, string reason);

    [LoggerMessage(EventId = 1154, Level = LogLevel.Warning, Message = "Feeds are configured but none can run; the live picture is not started")]
    public static partial void RealFeedsNone(ILogger logger);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Error, Message = "Events for {Stream} could not be stored: {Reason}")]
    public static partial void JournalAppendFailed(ILogger logger, string stream, string reason);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "The live picture starts after {Alerts} stored alerts and {Incidents} stored incidents")]
    public static partial void PictureResumed(ILogger logger, long alerts, long incidents);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "{Count} open incidents carried on from the store")]
    public static partial void IncidentsResumed(ILogger logger, int count);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "The record {Stream} cannot be read back in full and is not carried on as it was: {Reason}")]
    public static partial void RecordUnreadable(ILogger logger, string stream, string reason);

    [LoggerMessage(EventId = 1300, Level = LogLevel.Error, Message = "{Count} audit entries could not be stored (first: {Action} on {Target}): {Reason}")]
    public static partial void AuditAppendFailed(ILogger logger, int count, string action, string target, string reason);
}
