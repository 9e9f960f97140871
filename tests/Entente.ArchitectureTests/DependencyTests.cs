using System.Xml.Linq;
using Entente.Testing;

namespace Entente.ArchitectureTests;

/// <summary>Dependencies run one way: Core ← Geo ← (pipeline stages) ← Storage ← Server; nothing depends on the server.</summary>
public sealed class DependencyTests
{
    // Which Entente projects each source project may reference. A new project must be added here on purpose.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Entente.Core"] = [],
        ["Entente.Geo"] = ["Entente.Core"],
        ["Entente.Ais"] = ["Entente.Core"],
        ["Entente.Storage"] = ["Entente.Core"],
        ["Entente.Statistics"] = ["Entente.Core", "Entente.Storage", "Entente.Rules", "Entente.Incidents"],
        ["Entente.Server"] = ["Entente.Core", "Entente.Geo", "Entente.Storage", "Entente.Ais", "Entente.Simulation", "Entente.Tracking", "Entente.Rules", "Entente.Sar", "Entente.Incidents", "Entente.Picture", "Entente.Statistics"],
        ["Entente.Cli"] = ["Entente.Core", "Entente.Geo", "Entente.Storage", "Entente.Ais", "Entente.Simulation", "Entente.Tracking", "Entente.Rules", "Entente.Sar", "Entente.Incidents", "Entente.Picture", "Entente.Statistics"],
        ["Entente.Simulation"] = ["Entente.Core", "Entente.Geo", "Entente.Ais"],
        ["Entente.Tracking"] = ["Entente.Core", "Entente.Ais"],
        ["Entente.Rules"] = ["Entente.Core", "Entente.Geo", "Entente.Tracking"],
        ["Entente.Sar"] = ["Entente.Core", "Entente.Geo"],
        ["Entente.Incidents"] = ["Entente.Core", "Entente.Geo", "Entente.Tracking", "Entente.Rules", "Entente.Sar"],
        ["Entente.Picture"] = ["Entente.Core", "Entente.Geo", "Entente.Ais", "Entente.Tracking", "Entente.Rules", "Entente.Sar", "Entente.Incidents", "Entente.Picture"],
        ["Entente.Testing"] = ["Entente.Core", "Entente.Geo", "Entente.Ais", "Entente.Simulation", "Entente.Tracking", "Entente.Rules", "Entente.Sar", "Entente.Incidents", "Entente.Picture"],
    };

    public static TheoryData<string> SourceProjects() =>
        new(Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "src")).Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void ProjectReferences_FollowTheLayering(string project)
    {
        Assert.True(Allowed.TryGetValue(project, out var allowed), $"{project} is not in the layering table.");
        var csproj = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", project, project + ".csproj"));
        var references = csproj.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))
            .ToList();
        Assert.All(references, r => Assert.Contains(r, allowed));
    }

    [Theory]
    [InlineData(typeof(Core.Positions.GeoPosition), new[] { "Entente.", "NetTopologySuite", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.AspNetCore", "System.CommandLine" })]
    [InlineData(typeof(Geo.Geography.ChannelGeography), new[] { "Entente.Storage", "Entente.Server", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.AspNetCore" })]
    [InlineData(typeof(Storage.IDatabase), new[] { "Entente.Geo", "Entente.Server", "Microsoft.AspNetCore", "NetTopologySuite" })]
    [InlineData(typeof(Statistics.Official.DailyArrivals), new[] { "Entente.Geo", "Entente.Server", "Microsoft.AspNetCore", "NetTopologySuite", "Npgsql", "Microsoft.Data.Sqlite" })]
    [InlineData(typeof(Ais.Decoding.AisDecoder), new[] { "Entente.Geo", "Entente.Storage", "Entente.Server", "Microsoft.AspNetCore", "NetTopologySuite", "Npgsql" })]
    public void CompiledAssembly_DoesNotReferenceOuterLayers(Type marker, string[] forbiddenPrefixes)
    {
        var assembly = marker.Assembly;
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        foreach (var prefix in forbiddenPrefixes)
        {
            Assert.DoesNotContain(references, r => r.StartsWith(prefix, StringComparison.Ordinal) && r != assembly.GetName().Name);
        }
    }

    [Fact]
    public void NoSourceAssembly_ReferencesTheServer()
    {
        var assemblies = new[] { typeof(Core.Positions.GeoPosition), typeof(Geo.Geography.ChannelGeography), typeof(Storage.IDatabase), typeof(Cli.EntenteCli) }
            .Select(t => t.Assembly);
        Assert.All(assemblies, a => Assert.DoesNotContain(a.GetReferencedAssemblies(), r => r.Name == "Entente.Server"));
    }
}
