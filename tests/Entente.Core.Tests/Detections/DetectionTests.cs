using Entente.Core.Detections;
using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Core.Time;
using Entente.Testing;

namespace Entente.Core.Tests.Detections;

public sealed class DetectionTests
{
    private static readonly Provenance Radar = new(Agencies.CrossGrisNez.Id, Releasability.UkAndFr);

    [Fact]
    public void Constructor_ValidValues_KeepsThemAndProvenance()
    {
        var time = new DateTimeOffset(2021, 11, 24, 1, 30, 0, TimeSpan.Zero);
        var detection = new Detection(time, SensorId.Parse("radar-gris-nez"), DetectionKind.Radar,
            GeoPosition.FromDegrees(51.0, 1.5), 50, Radar, 33);
        Assert.Equal(time, detection.Time);
        Assert.Equal(33, detection.PeopleCount);
        Assert.Same(Radar, ((IShareable)detection).Provenance);
    }

    [Fact]
    public void Constructor_NonUtcTime_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new Detection(new DateTimeOffset(2021, 11, 24, 2, 30, 0, TimeSpan.FromHours(1)),
            SensorId.Parse("s"), DetectionKind.Report, GeoPosition.FromDegrees(51, 1.5), 500, Radar));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_BadSigma_IsRejected(double sigma) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Detection(DateTimeOffset.UnixEpoch, SensorId.Parse("s"),
            DetectionKind.Aerial, GeoPosition.FromDegrees(51, 1.5), sigma, Radar));

    [Fact]
    public void Constructor_NegativePeople_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Detection(DateTimeOffset.UnixEpoch, SensorId.Parse("s"),
            DetectionKind.Aerial, GeoPosition.FromDegrees(51, 1.5), 10, Radar, -1));

    [Fact]
    public void UtcTime_Now_ComesFromTheInjectedClock()
    {
        var clock = new ManualTimeProvider();
        var before = UtcTime.Now(clock);
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(TimeSpan.FromMinutes(5), UtcTime.Now(clock) - before);
        Assert.Equal(new DateTimeOffset(2021, 11, 24, 0, 0, 0, TimeSpan.Zero), before);
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
    }
}
