using System.Globalization;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>The work of <c>entente audit verify</c>.</summary>
internal static class AuditVerifyRunner
{
    public static (long Sequence, string Hash)? ParseExpected(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1 ||
            parts[1].Length != 64 || !parts[1].All(char.IsAsciiHexDigitLower))
        {
            throw new CommandInputException($"--expect: '{text}' is not SEQUENCE:HASH (a sequence from 1, a colon, 64 lower-case hex digits).");
        }

        return (sequence, parts[1]);
    }

    public static async Task<int> RunAsync(StorageOptions storage, (long Sequence, string Hash)? expected, TimeProvider clock, TextWriter output,
        TextWriter error, CancellationToken cancellationToken)
    {
        await using var database = StatsDatabase.Open(storage, clock);
        var health = await database.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
        if (!health.Healthy)
        {
            // Verifying must not change the database, so it does not migrate one.
            await error.WriteLineAsync($"entente: audit verify: the database cannot be checked: {health.Message}").ConfigureAwait(false);
            return 2;
        }

        var result = await database.Audit.VerifyAsync(cancellationToken).ConfigureAwait(false);
        if (!result.Intact)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"entente: audit log broken at entry {result.FirstBadSequence}: {result.Problem}")).ConfigureAwait(false);
            return 1;
        }

        if (expected is { } want)
        {
            var found = await database.Audit.ReadAsync(want.Sequence - 1, 1, cancellationToken).ConfigureAwait(false);
            if (found.Count == 0 || found[0].Sequence != want.Sequence || found[0].Hash != want.Hash)
            {
                var why = found.Count == 0 || found[0].Sequence != want.Sequence
                    ? "it is missing, though an earlier check saw it (entries cut from the end)."
                    : "its hash is not the one an earlier check saw.";
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"entente: audit log broken at entry {want.Sequence}: {why}"))
                    .ConfigureAwait(false);
                return 1;
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"audit log intact: {result.Entries} entries; head {result.HeadSequence}:{result.HeadHash}")).ConfigureAwait(false);
        return 0;
    }
}
