using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>entente audit ...: the hash-chained audit log.</summary>
internal static class AuditCommands
{
    public static Command Create(TimeProvider clock)
    {
        var audit = new Command("audit", "Check the audit log (see docs/security.md).");
        audit.Add(CreateVerify(clock));
        return audit;
    }

    private static Command CreateVerify(TimeProvider clock)
    {
        var expect = new Option<string?>("--expect")
        {
            Description = "Also require the log to hold this entry, as SEQUENCE:HASH from an earlier verify (catches entries cut from the end)",
            HelpName = "SEQUENCE:HASH",
        };
        var (dataDirectory, postgres) = DatabaseChoice.Options();
        var verify = new Command("verify",
            "Check every entry of the audit log against the chain of hashes; exit 0 when intact, 1 naming the first bad entry.")
        {
            expect, dataDirectory, postgres,
        };
        verify.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var storage = DatabaseChoice.Storage(parse.GetValue(dataDirectory), parse.GetValue(postgres));
            var expected = AuditVerifyRunner.ParseExpected(parse.GetValue(expect));
            return await AuditVerifyRunner.RunAsync(storage, expected, clock, configuration.Output, configuration.Error, cancellationToken);
        });
        return verify;
    }
}
