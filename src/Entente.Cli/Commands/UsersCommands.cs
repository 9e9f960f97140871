using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>entente users ...: accounts, passwords and bearer tokens (see docs/security.md).</summary>
internal static class UsersCommands
{
    public static Command Create(CliStreams streams, TimeProvider clock)
    {
        var users = new Command("users", "Create users, reset passwords, and issue or revoke bearer tokens (see docs/security.md).");
        users.Add(Add(streams, clock));
        users.Add(Password(streams, clock));
        users.Add(Switch("disable", "Disable a user: no sign-in, and their tokens stop working.", true, clock));
        users.Add(Switch("enable", "Enable a disabled user again.", false, clock));
        users.Add(List(clock));
        users.Add(Tokens(clock));
        return users;
    }

    private static Command Add(CliStreams streams, TimeProvider clock)
    {
        var name = Name();
        var agency = new Option<string>("--agency") { Description = "The user's agency, e.g. uk-hmcg or fr-cross-gris-nez", Required = true, HelpName = "CODE" };
        var roles = new Option<string[]>("--role")
        {
            Description = "A role: watch-officer, sar-mission-coordinator, liaison-officer, analyst, administrator, feed-client (repeat for more)",
            Required = true, AllowMultipleArgumentsPerToken = true, HelpName = "ROLE",
        };
        var display = new Option<string?>("--display-name") { Description = "The name people read (default: the login name)", HelpName = "TEXT" };
        var stdin = PasswordStdin();
        var tokenOnly = new Option<bool>("--no-password") { Description = "No password: the account signs in by token only (feeds)" };
        var (dataDirectory, postgres) = DatabaseChoice.Options();
        var add = new Command("add", "Create a user. Prints a generated password once, unless one is read from standard input.")
        {
            name, agency, roles, display, stdin, tokenOnly, dataDirectory, postgres,
        };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var runner = Runner(parse, dataDirectory, postgres, clock);
            var password = parse.GetValue(tokenOnly) ? null : await ReadPasswordAsync(parse.GetValue(stdin), streams, cancellationToken);
            return await runner.AddAsync(parse.GetRequiredValue(name), parse.GetRequiredValue(agency), parse.GetRequiredValue(roles),
                parse.GetValue(display), password, parse.GetValue(tokenOnly), cancellationToken);
        });
        return add;
    }

    private static Command Password(CliStreams streams, TimeProvider clock)
    {
        var name = Name();
        var stdin = PasswordStdin();
        var (dataDirectory, postgres) = DatabaseChoice.Options();
        var password = new Command("passwd", "Reset a user's password. Prints a generated one once, unless one is read from standard input.")
        {
            name, stdin, dataDirectory, postgres,
        };
        password.SetAction(async (parse, cancellationToken) =>
        {
            var runner = Runner(parse, dataDirectory, postgres, clock);
            var given = await ReadPasswordAsync(parse.GetValue(stdin), streams, cancellationToken);
            return await runner.ResetPasswordAsync(parse.GetRequiredValue(name), given, cancellationToken);
        });
        return password;
    }

    private static Command Switch(string verb, string description, bool disable, TimeProvider clock)
    {
        var name = Name();
        var (dataDirectory, postgres) = DatabaseChoice.Options();
        var command = new Command(verb, description) { name, dataDirectory, postgres };
        command.SetAction((parse, cancellationToken) =>
            Runner(parse, dataDirectory, postgres, clock).SetDisabledAsync(parse.GetRequiredValue(name), disable, cancellationToken));
        return command;
    }

    private static Command List(TimeProvider clock)
    {
        var (dataDirectory, postgres) = DatabaseChoice.Options();
        var list = new Command("list", "List users: name, agency, roles, whether they have a password, and whether disabled.") { dataDirectory, postgres };
        list.SetAction((parse, cancellationToken) => Runner(parse, dataDirectory, postgres, clock).ListAsync(cancellationToken));
        return list;
    }

    private static Command Tokens(TimeProvider clock)
    {
        var tokens = new Command("token", "Bearer tokens for API and feed clients.");

        var name = Name();
        var label = new Option<string>("--label") { Description = "What the token is for", DefaultValueFactory = _ => "", HelpName = "TEXT" };
        var days = new Option<int?>("--expires-days") { Description = "Days until it stops working (default: never)", HelpName = "N" };
        var (dataDirectory, postgres) = DatabaseChoice.Options();
        var issue = new Command("issue", "Issue a token for a user and print its secret once.") { name, label, days, dataDirectory, postgres };
        issue.SetAction((parse, cancellationToken) => Runner(parse, dataDirectory, postgres, clock)
            .IssueTokenAsync(parse.GetRequiredValue(name), parse.GetValue(label) ?? "", parse.GetValue(days), cancellationToken));
        tokens.Add(issue);

        var id = new Argument<long>("ID") { Description = "The token's number, from 'entente users token list'" };
        var (revokeDirectory, revokePostgres) = DatabaseChoice.Options();
        var revoke = new Command("revoke", "Revoke a token: it stops working at once.") { id, revokeDirectory, revokePostgres };
        revoke.SetAction((parse, cancellationToken) =>
            Runner(parse, revokeDirectory, revokePostgres, clock).RevokeTokenAsync(parse.GetValue(id), cancellationToken));
        tokens.Add(revoke);

        var of = new Argument<string?>("NAME") { Description = "Only this user's tokens", Arity = ArgumentArity.ZeroOrOne };
        var (listDirectory, listPostgres) = DatabaseChoice.Options();
        var list = new Command("list", "List tokens (never their secrets).") { of, listDirectory, listPostgres };
        list.SetAction((parse, cancellationToken) => Runner(parse, listDirectory, listPostgres, clock).ListTokensAsync(parse.GetValue(of), cancellationToken));
        tokens.Add(list);
        return tokens;
    }

    private static Argument<string> Name() => new("NAME") { Description = "The login name, e.g. fr.watch (lower-case letters, digits, '.', '-', '_')" };

    private static Option<bool> PasswordStdin() => new("--password-stdin") { Description = "Read the password from the first line of standard input" };

    private static UsersRunner Runner(ParseResult parse, Option<string?> dataDirectory, Option<string?> postgres, TimeProvider clock) =>
        new(DatabaseChoice.Storage(parse.GetValue(dataDirectory), parse.GetValue(postgres)), clock, parse.InvocationConfiguration.Output);

    private static async Task<string?> ReadPasswordAsync(bool fromStdin, CliStreams streams, CancellationToken cancellationToken)
    {
        if (!fromStdin)
        {
            return null;
        }

        using var reader = new StreamReader(streams.OpenInput());
        return await reader.ReadLineAsync(cancellationToken) ?? throw new CommandInputException("--password-stdin: standard input is empty.");
    }
}
