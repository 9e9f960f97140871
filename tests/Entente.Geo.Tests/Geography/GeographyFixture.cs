using Entente.Geo.Geography;

namespace Entente.Geo.Tests.Geography;

/// <summary>The default geography, loaded once for all tests in a class.</summary>
public sealed class GeographyFixture
{
    public ChannelGeography Geography { get; } = ChannelGeography.LoadDefault();
}
