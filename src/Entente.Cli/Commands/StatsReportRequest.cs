using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>What entente stats report was asked for, as given on the command line.</summary>
internal sealed record StatsReportRequest(string From, string To, string Format, string? OutputPath, StorageOptions Storage, string? RecordsDirectory);
