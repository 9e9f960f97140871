using System.CommandLine;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>The options that choose a command's database (SQLite by directory, or PostgreSQL), and the storage options they give.</summary>
internal static class DatabaseChoice
{
    public static (Option<string?> DataDirectory, Option<string?> Postgres) Options() =>
    (
        new Option<string?>("--data-dir") { Description = "The directory of the SQLite database (default: the user's local data folder, as the server)", HelpName = "DIR" },
        new Option<string?>("--postgres") { Description = "Use PostgreSQL with this connection string instead of SQLite", HelpName = "CONNECTION" }
    );

    public static StorageOptions Storage(string? dataDirectory, string? postgres)
    {
        if (postgres is not null && dataDirectory is not null)
        {
            throw new CommandInputException("Give --data-dir (SQLite) or --postgres, not both.");
        }

        return postgres is null
            ? new StorageOptions { DataDirectory = dataDirectory ?? string.Empty }
            : new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = postgres };
    }
}
