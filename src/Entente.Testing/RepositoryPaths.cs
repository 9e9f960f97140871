namespace Entente.Testing;

/// <summary>Finds the repository root and the optional shared reference folder beside it.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the nearest ancestor of the test binaries holding Entente.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared reference folder (../shared from the root), or null when it is absent.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>Whether the run is in continuous integration (CI=true), where no environment-dependent test may skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Entente.slnx not found above " + AppContext.BaseDirectory);
    }
}
