namespace Entente.Testing;

/// <summary>The throwaway PostgreSQL server that the test script starts, named by ENTENTE_TEST_PG.</summary>
public static class PostgresTestServer
{
    /// <summary>The environment variable holding the connection string.</summary>
    public const string Variable = "ENTENTE_TEST_PG";

    /// <summary>The connection string; skips the test when unset, except under CI=true where that is a failure.</summary>
    /// <returns>The connection string.</returns>
    public static string ConnectionStringOrSkip()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (RepositoryPaths.IsCi)
        {
            throw new InvalidOperationException($"{Variable} is not set, and PostgreSQL tests must run under CI=true.");
        }

        Xunit.Assert.Skip($"{Variable} is not set: PostgreSQL tests skip locally (the test script sets it).");
        return string.Empty;
    }
}
