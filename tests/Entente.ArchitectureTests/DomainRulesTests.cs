using System.Reflection;
using System.Text.RegularExpressions;
using Entente.Testing;

namespace Entente.ArchitectureTests;

/// <summary>Conventions of the domain code, turned into tests.</summary>
public sealed partial class DomainRulesTests
{
    private static readonly Assembly[] DomainAssemblies =
        [typeof(Core.Positions.GeoPosition).Assembly, typeof(Geo.Geography.ChannelGeography).Assembly, typeof(Storage.IDatabase).Assembly, typeof(Ais.Decoding.AisDecoder).Assembly, typeof(Simulation.Conditions.TidalCurrent).Assembly, typeof(Tracking.Metrics.Gospa).Assembly, typeof(Rules.Alerts.AlertBook).Assembly, typeof(Sar.Leeway.LeewayCategories).Assembly, typeof(Incidents.Incidents.SarIncident).Assembly, typeof(Picture.Pipeline.PicturePipeline).Assembly, typeof(Statistics.Official.DailyArrivals).Assembly];

    [Fact]
    public void PublicClasses_AreSealedStaticOrAbstract()
    {
        var open = DomainAssemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    // A foreach enumerator (GetEnumerator, MoveNext, Current) must mutate itself; it is the one allowed exception.
    private static bool IsEnumerator(Type t) => t.GetMethod("MoveNext") is not null && t.GetProperty("Current") is not null;

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        var mutable = DomainAssemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute), false))
            .Where(t => !IsEnumerator(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(mutable);
    }

    [Fact]
    public void DomainSource_NeverReadsTheClockDirectly()
    {
        // Time comes from an injected TimeProvider, so that replays and tests control it.
        var offenders = new List<string>();
        foreach (var project in new[] { "Entente.Core", "Entente.Geo", "Entente.Storage", "Entente.Ais", "Entente.Simulation", "Entente.Tracking", "Entente.Rules", "Entente.Sar", "Entente.Incidents", "Entente.Picture", "Entente.Statistics" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", project), "*.cs", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                var text = File.ReadAllText(file);
                if (ClockRead().IsMatch(text))
                {
                    offenders.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void SourceFiles_HoldOnePublicTypeEach()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var count = PublicTopLevelType().Count(File.ReadAllText(file));
            if (count > 1)
            {
                offenders.Add(Path.GetRelativePath(RepositoryPaths.Root, file) + ": " + count);
            }
        }

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\.(UtcNow|Now|Today)\b|\bStopwatch\.")]
    private static partial Regex ClockRead();

    [GeneratedRegex(@"^public (sealed |static |abstract |readonly |partial )*(class|record|struct|interface|enum)\b", RegexOptions.Multiline)]
    private static partial Regex PublicTopLevelType();
}
