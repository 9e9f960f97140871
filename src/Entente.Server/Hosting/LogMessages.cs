namespace Entente.Server.Hosting;

/// <summary>The server's log messages, with stable event ids.</summary>
internal static partial class LogMessages
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Entente is serving the Dover Strait picture at {Address} — open it in a browser")]
    public static partial void Listening(ILogger logger, string address);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Records are kept in {Provider}: {Location}")]
    public static partial void Storage(ILogger logger, Entente.Storage.StorageProvider provider, string location);
}
