using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>Opens the database the stats commands use; a bad setting is bad input.</summary>
internal static class StatsDatabase
{
    public static IDatabase Open(StorageOptions storage, TimeProvider clock)
    {
        try
        {
            return DatabaseFactory.Create(storage, clock);
        }
        catch (ArgumentException ex)
        {
            throw new CommandInputException(SimCommands.OneLine(ex.Message), ex);
        }
    }
}
