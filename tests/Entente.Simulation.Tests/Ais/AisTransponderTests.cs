using Entente.Ais.Messages;
using Entente.Ais.Transponders;
using Entente.Simulation.Engine;
using Entente.Simulation.Scenarios;
using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Ais;

/// <summary>Simulated transponders and shore receivers: what they send matches the truth, at the ITU rates, and the
/// receivers hear it within range, losing about the share they are set to.</summary>
public sealed class AisTransponderTests
{
    private const double ResolutionDegrees = 1.0 / 600_000;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(20);
    private static readonly Lazy<AisTestRun> Baseline = new(() => AisTestRun.Run(AisTestRun.ScenarioJson(7, 0), Window));
    private static readonly Lazy<List<AisHeard>> BaselineHeard = new(() => AisLineDecoding.Decode(Baseline.Value.Lines));
    private static readonly int[] NearShips = AisTestRun.Ships.Where(s => s.Mmsi != FarShip).Select(s => s.Mmsi).ToArray();

    private const int FarShip = 244_000_008;

    private static double AngleDifference(double a, double b) => Math.Abs(((a - b + 540) % 360) - 180);

    private static AisTruthSample TruthFor(AisHeard h)
    {
        Assert.True(Baseline.Value.Truth.TryGetValue((h.UnixSeconds, h.Mmsi), out var truth), $"no truth for {h.Mmsi} at {h.UnixSeconds}");
        return truth;
    }

    private static void AssertPosition(double? latitude, double? longitude, AisTruthSample truth)
    {
        Assert.NotNull(latitude);
        Assert.NotNull(longitude);
        Assert.InRange(Math.Abs(latitude.Value - truth.LatitudeDegrees), 0, (ResolutionDegrees / 2) + 1e-12);
        Assert.InRange(Math.Abs(longitude.Value - truth.LongitudeDegrees), 0, (ResolutionDegrees / 2) + 1e-12);
    }

    private static void AssertMotion(double? speedKnots, double? courseDegrees, int? headingDegrees, AisTruthSample truth)
    {
        Assert.NotNull(speedKnots);
        Assert.InRange(Math.Abs(speedKnots.Value - truth.SpeedKnots), 0, 0.05 + 1e-9);
        if (speedKnots.Value > 0)
        {
            Assert.NotNull(courseDegrees);
            Assert.InRange(AngleDifference(courseDegrees.Value, truth.CourseDegrees), 0, 0.05 + 1e-9);
        }
        else
        {
            // A vessel that is not moving has no course over ground to report.
            Assert.Null(courseDegrees);
        }

        Assert.NotNull(headingDegrees);
        Assert.NotNull(truth.HeadingDegrees);
        Assert.InRange(AngleDifference(headingDegrees.Value, truth.HeadingDegrees.Value), 0, 0.5 + 1e-9);
    }

    [Fact]
    public void EveryLine_DecodesWithTagBlockTimeAndSource_AndMultiSentenceMessagesStayTogether()
    {
        var run = Baseline.Value;
        var heard = BaselineHeard.Value;
        Assert.True(run.Lines.Count > 1000, $"only {run.Lines.Count} lines");
        Assert.Contains(run.Lines, l => l.Contains("!AIVDM,2,1,", StringComparison.Ordinal));
        Assert.All(heard, h => Assert.Contains(h.Kind, new[] { "1", "5", "18", "24A", "24B" }));
        Assert.All(heard, h => Assert.Contains(h.Source, new[] { AisTestRun.DoverReceiver, AisTestRun.GrisNezReceiver }));
        Assert.All(heard, h => Assert.InRange(h.UnixSeconds, AisTestRun.Start.ToUnixTimeSeconds(), (AisTestRun.Start + Window).ToUnixTimeSeconds() - 1));
    }

    [Fact]
    public void PositionReports_MatchTheTruthAtTheirTagBlockTime()
    {
        var reports = BaselineHeard.Value.Where(h => h.IsPosition).ToList();
        Assert.Equal(NearShips.Order(), reports.Select(h => h.Mmsi).Distinct().Order());
        foreach (var h in reports)
        {
            var truth = TruthFor(h);
            var ship = AisTestRun.Ship(h.Mmsi);
            var second = (int)(h.UnixSeconds % 60);
            if (h.Message is PositionReportClassA a)
            {
                Assert.Equal(AisClass.ClassA, ship.Ais);
                Assert.Equal(1, a.MessageType);
                AssertPosition(a.LatitudeDegrees, a.LongitudeDegrees, truth);
                AssertMotion(a.SpeedOverGroundKnots, a.CourseOverGroundDegrees, a.TrueHeadingDegrees, truth);
                Assert.Equal(second, a.TimeStampSecond);
                Assert.True(a.PositionAccuracyHigh);
                Assert.False(a.Raim);
                var status = ship.Kind == ObjectKind.Fishing ? NavigationStatus.EngagedInFishing
                    : ship.SpeedKnots == 0 ? NavigationStatus.Moored
                    : NavigationStatus.UnderWayUsingEngine;
                Assert.Equal(status, a.NavigationStatus);

                // ROT_AIS = 4.733·√(°/min), signed: 0.5°/s gives 26, −0.4°/s gives −23; a steady ship reports 0.
                var rate = ship.TurnDegreesPerSecond * 60;
                var expectedTurn = (int)Math.Round(Math.CopySign(4.733 * Math.Sqrt(Math.Abs(rate)), rate));
                Assert.True(Math.Abs(a.RateOfTurnRaw - expectedTurn) <= (rate == 0 ? 0 : 1), $"{h.Mmsi}: turn {a.RateOfTurnRaw}, expected {expectedTurn}");
            }
            else
            {
                var b = Assert.IsType<PositionReportClassB>(h.Message);
                Assert.Equal(AisClass.ClassB, ship.Ais);
                AssertPosition(b.LatitudeDegrees, b.LongitudeDegrees, truth);
                AssertMotion(b.SpeedOverGroundKnots, b.CourseOverGroundDegrees, b.TrueHeadingDegrees, truth);
                Assert.Equal(second, b.TimeStampSecond);
                Assert.True(b.IsCarrierSenseUnit);
            }
        }
    }

    [Fact]
    public void StaticData_CarriesEachShipsParticulars()
    {
        var heard = BaselineHeard.Value;
        foreach (var mmsi in NearShips)
        {
            var ship = AisTestRun.Ship(mmsi);
            var statics = heard.Where(h => h.Mmsi == mmsi && !h.IsPosition).ToList();
            Assert.NotEmpty(statics);
            if (ship.Ais == AisClass.ClassA)
            {
                Assert.All(statics, h =>
                {
                    var v = Assert.IsType<StaticAndVoyageData>(h.Message);
                    Assert.Equal(ship.Name.ToUpperInvariant(), v.ShipName);
                    Assert.Equal(ship.CallSign, v.CallSign);
                    Assert.Equal(ship.ShipType, v.ShipType);
                    Assert.Equal(ship.Destination.ToUpperInvariant(), v.Destination);
                    Assert.Equal(ship.LengthMetres, v.LengthMetres);
                    Assert.Equal(ship.BeamMetres, v.BeamMetres);
                    Assert.True(v.DimensionToBowMetres > v.DimensionToSternMetres, "the antenna is aft");
                    Assert.InRange(v.DimensionToPortMetres - v.DimensionToStarboardMetres, -1, 1);
                    Assert.Equal((int)Math.Round(ship.DraughtMetres * 10), v.DraughtDecimetres);
                    Assert.Equal(ship.ImoNumber == 0 ? null : ship.ImoNumber, v.ImoNumber);
                    Assert.Equal(EpfdType.Gps, v.Epfd);
                    Assert.Equal(0, v.AisVersion);
                    DateTime? eta = ship.Destination.Length == 0 ? null : new DateTime(2026, 11, 22, 6, 0, 0, DateTimeKind.Utc);
                    Assert.Equal(eta, v.EtaInYear(2026));
                });
            }
            else
            {
                var parts = statics.Select(h => h.Message).ToList();
                Assert.Equal(parts.Count / 2, parts.OfType<StaticDataReportPartA>().Count());
                Assert.All(parts.OfType<StaticDataReportPartA>(), p => Assert.Equal(ship.Name.ToUpperInvariant(), p.Name));
                Assert.All(parts.OfType<StaticDataReportPartB>(), p =>
                {
                    Assert.Equal(ship.ShipType, p.ShipType);
                    Assert.Equal(ship.CallSign, p.CallSign);
                    Assert.Equal(ship.LengthMetres, p.ToBowMetres + p.ToSternMetres);
                    Assert.Equal(ship.BeamMetres, p.ToPortMetres + p.ToStarboardMetres);
                });
            }
        }
    }

    [Fact]
    public void Gpsdecode_ReadsTheSameFieldsAsEntente()
    {
        AisGpsdecode.RequireInstalled();
        var heard = BaselineHeard.Value;
        var gpsd = AisGpsdecode.Decode(Baseline.Value.Lines);
        Assert.Equal(heard.Count, gpsd.Count);
        for (var i = 0; i < heard.Count; i++)
        {
            var h = heard[i];
            var g = gpsd[i];
            int Number(string name) => g.GetProperty(name).GetInt32();
            string Text(string name) => g.GetProperty(name).GetString()!;
            Assert.Equal(h.Message.MessageType, Number("type"));
            Assert.Equal(h.Mmsi, Number("mmsi"));
            switch (h.Message)
            {
                case PositionReportClassA a:
                    Assert.Equal(
                        (a.LatitudeTenThousandthsMinute, a.LongitudeTenThousandthsMinute, a.SpeedOverGroundTenthsKnot, a.CourseOverGroundTenthsDegree),
                        (Number("lat"), Number("lon"), Number("speed"), Number("course")));
                    Assert.Equal(((int)a.NavigationStatus, a.RateOfTurnRaw, a.TrueHeadingRaw, a.TimeStampRaw), (Number("status"), Number("turn"), Number("heading"), Number("second")));
                    AssertPosition(Number("lat") / 600_000.0, Number("lon") / 600_000.0, TruthFor(h));
                    break;
                case PositionReportClassB b:
                    Assert.Equal(
                        (b.LatitudeTenThousandthsMinute, b.LongitudeTenThousandthsMinute, b.SpeedOverGroundTenthsKnot, b.CourseOverGroundTenthsDegree),
                        (Number("lat"), Number("lon"), Number("speed"), Number("course")));
                    Assert.Equal((b.TrueHeadingRaw, b.TimeStampRaw), (Number("heading"), Number("second")));
                    AssertPosition(Number("lat") / 600_000.0, Number("lon") / 600_000.0, TruthFor(h));
                    break;
                case StaticAndVoyageData v:
                    Assert.Equal((v.ShipName, v.CallSign, v.Destination), (Text("shipname"), Text("callsign"), Text("destination")));
                    Assert.Equal(((int)v.ShipType, v.DimensionToBowMetres, v.DimensionToSternMetres, v.DimensionToPortMetres, v.DimensionToStarboardMetres),
                        (Number("shiptype"), Number("to_bow"), Number("to_stern"), Number("to_port"), Number("to_starboard")));
                    Assert.Equal((v.DraughtDecimetres, v.ImoNumberRaw, (int)v.Epfd), (Number("draught"), Number("imo"), Number("epfd")));
                    Assert.Equal(v.Destination.Length == 0 ? "00-00T24:60Z" : "11-22T06:00Z", Text("eta"));
                    break;
                case StaticDataReportPartA p:
                    Assert.Equal(("A", p.Name), (Text("part"), Text("shipname")));
                    break;
                case StaticDataReportPartB p:
                    Assert.Equal(("B", (int)p.ShipType, p.CallSign), (Text("part"), Number("shiptype"), Text("callsign")));
                    Assert.Equal((p.ToBowMetres, p.ToSternMetres, p.ToPortMetres, p.ToStarboardMetres), (Number("to_bow"), Number("to_stern"), Number("to_port"), Number("to_starboard")));
                    break;
                default:
                    Assert.Fail($"unexpected message type {h.Message.MessageType}");
                    break;
            }
        }
    }

    [Theory]
    [InlineData(235_000_001, 10.0)]
    [InlineData(235_000_002, 2.0)]
    [InlineData(235_000_003, 6.0)]
    [InlineData(235_000_005, 30.0)]
    [InlineData(235_000_006, 180.0)]
    [InlineData(227_000_007, 10.0)]
    public void PositionReports_ComeAtTheItuInterval(int mmsi, double seconds)
    {
        var ship = AisTestRun.Ship(mmsi);
        var interval = ship.Ais == AisClass.ClassA
            ? ReportingIntervals.ClassAPosition(ship.SpeedKnots, ship.TurnDegreesPerSecond != 0, ship.SpeedKnots == 0)
            : ReportingIntervals.ClassBPosition(ship.SpeedKnots);
        Assert.Equal(seconds, interval.TotalSeconds);
        var times = PositionTimes(mmsi);
        Assert.InRange(times[0] - AisTestRun.Start.ToUnixTimeSeconds(), 0, seconds - 1);
        Assert.All(times.Zip(times.Skip(1), (a, b) => b - a), gap => Assert.Equal(seconds, gap));
        Assert.Equal(Math.Floor((Window.TotalSeconds - 1 - (times[0] - AisTestRun.Start.ToUnixTimeSeconds())) / seconds) + 1, times.Count);
    }

    [Fact]
    public void TurningAt12Knots_ReportsEveryThreeAndAThirdSecondsOnAverage()
    {
        var times = PositionTimes(235_000_004);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.InRange(gap, 3, 4));
        Assert.InRange(gaps.Average(), (10.0 / 3) - 0.01, (10.0 / 3) + 0.01);
    }

    [Fact]
    public void StaticData_ComesEverySixMinutes_AndClassBSendsPartAThenPartB()
    {
        var heard = BaselineHeard.Value.Where(h => h.Source == AisTestRun.DoverReceiver && !h.IsPosition).ToList();
        var start = AisTestRun.Start.ToUnixTimeSeconds();
        foreach (var mmsi in NearShips)
        {
            var statics = heard.Where(h => h.Mmsi == mmsi).ToList();
            if (AisTestRun.Ship(mmsi).Ais == AisClass.ClassB)
            {
                Assert.Equal(Enumerable.Range(0, statics.Count).Select(i => i % 2 == 0 ? "24A" : "24B"), statics.Select(h => h.Kind));
                Assert.All(statics.Chunk(2), pair => Assert.Equal(pair[0].UnixSeconds, pair[1].UnixSeconds));
                statics = statics.Where(h => h.Kind == "24A").ToList();
            }

            Assert.InRange(statics[0].UnixSeconds - start, 0, 359);
            Assert.All(statics.Zip(statics.Skip(1), (a, b) => b.UnixSeconds - a.UnixSeconds), gap => Assert.Equal(360, gap));
            Assert.True(statics.Count >= 3, $"{mmsi}: {statics.Count} static reports in 20 minutes");
        }
    }

    [Fact]
    public void FirstReports_AreSpreadOverTheirInterval_NotAllAtOnce()
    {
        var heard = BaselineHeard.Value.Where(h => h.Source == AisTestRun.DoverReceiver).ToList();
        var firstStatics = NearShips.Select(m => heard.First(h => h.Mmsi == m && !h.IsPosition).UnixSeconds).Distinct().Count();
        var firstPositions = NearShips.Select(m => heard.First(h => h.Mmsi == m && h.IsPosition).UnixSeconds).Distinct().Count();
        Assert.True(firstStatics >= 5, $"first static reports at only {firstStatics} distinct seconds");
        Assert.True(firstPositions >= 3, $"first position reports at only {firstPositions} distinct seconds");
    }

    [Fact]
    public void EachShip_AlternatesChannelsAAndB()
    {
        foreach (var mmsi in NearShips)
        {
            var channels = BaselineHeard.Value.Where(h => h.Source == AisTestRun.DoverReceiver && h.Mmsi == mmsi).Select(h => h.Channel).ToList();
            Assert.Equal(Enumerable.Range(0, channels.Count).Select(i => i % 2 == 0 ? 'A' : 'B'), channels);
        }
    }

    [Fact]
    public void ShipsOutOfRange_AndBoatsWithoutAis_AreNotHeard()
    {
        var heard = BaselineHeard.Value;
        Assert.DoesNotContain(heard, h => h.Mmsi == FarShip);
        Assert.Equal(NearShips.Order(), heard.Select(h => h.Mmsi).Distinct().Order());

        // The far ship is transmitting: a receiver next to it hears it.
        var json = AisTestRun.ScenarioJson(7, 0, twoReceivers: false).Replace("\"site\":\"centre-hmcg-dover\"", "\"position\":{\"lat\":51.85,\"lon\":2.85}", StringComparison.Ordinal);
        var near = AisLineDecoding.Decode(AisTestRun.Run(json, TimeSpan.FromMinutes(2)).Lines);
        Assert.Equal(new[] { FarShip }, near.Select(h => h.Mmsi).Distinct());
    }

    [Fact]
    public void TwoReceiversInRange_EachWriteACopyUnderTheirOwnSource()
    {
        var heard = BaselineHeard.Value;
        foreach (var group in heard.GroupBy(h => (h.UnixSeconds, h.Mmsi, h.Kind)))
        {
            Assert.Equal(new[] { AisTestRun.DoverReceiver, AisTestRun.GrisNezReceiver }, group.Select(h => h.Source).Order(StringComparer.Ordinal));
            Assert.Equal(group.First().Message, group.Last().Message);
        }
    }

    [Fact]
    public void MessageLoss_DropsAboutTheGivenShare_IndependentlyAtEachReceiver()
    {
        var lossy = AisLineDecoding.Decode(AisTestRun.Run(AisTestRun.ScenarioJson(7, 0.2), Window).Lines);
        var all = BaselineHeard.Value;
        static (long, int, string, string) Key(AisHeard h) => (h.UnixSeconds, h.Mmsi, h.Kind, h.Source);
        var sent = all.Select(Key).ToHashSet();

        // Losses only remove messages: the schedule does not depend on the receivers.
        Assert.All(lossy, h => Assert.Contains(Key(h), sent));
        foreach (var receiver in new[] { AisTestRun.DoverReceiver, AisTestRun.GrisNezReceiver })
        {
            var total = all.Count(h => h.Source == receiver);
            var lost = 1 - ((double)lossy.Count(h => h.Source == receiver) / total);
            Assert.True(total > 500, $"{total} messages");
            Assert.InRange(lost, 0.16, 0.24);
        }

        // Independent losses: a message is heard by exactly one receiver with probability 2 · 0.2 · 0.8 = 0.32.
        var byMessage = lossy.GroupBy(h => (h.UnixSeconds, h.Mmsi, h.Kind)).ToList();
        var messages = all.Select(h => (h.UnixSeconds, h.Mmsi, h.Kind)).Distinct().Count();
        var once = (double)byMessage.Count(g => g.Count() == 1) / messages;
        Assert.InRange(once, 0.26, 0.38);
    }

    [Fact]
    public void SameSeed_GivesIdenticalLines_AndAnotherSeedOtherOnes()
    {
        var again = AisTestRun.Run(AisTestRun.ScenarioJson(7, 0), Window);
        Assert.Equal(Baseline.Value.Lines, again.Lines);
        var lossyOnce = AisTestRun.Run(AisTestRun.ScenarioJson(11, 0.3), TimeSpan.FromMinutes(5)).Lines;
        var lossyTwice = AisTestRun.Run(AisTestRun.ScenarioJson(11, 0.3), TimeSpan.FromMinutes(5)).Lines;
        Assert.Equal(lossyOnce, lossyTwice);
        var other = AisTestRun.Run(AisTestRun.ScenarioJson(8, 0), Window);
        Assert.NotEqual(Baseline.Value.Lines, other.Lines);
    }

    [Fact]
    public void NoReceivers_NoAisModel()
    {
        var scenario = Scenario.Parse("""{"name":"t","start":"2026-11-21T20:00:00Z","durationHours":1}""", "test");
        var world = AisTestRun.EmptyWorld(scenario);
        var sensors = new List<ISensorModel>();
        AisReceiverFactory.Build(world, sensors);
        Assert.Empty(sensors);
    }

    [Fact]
    public void UnknownReceiverSite_IsAScenarioError()
    {
        var json = AisTestRun.ScenarioJson(7, 0, twoReceivers: false).Replace("centre-hmcg-dover", "nowhere", StringComparison.Ordinal);
        var error = Assert.Throws<ScenarioException>(() => AisTestRun.Create(json));
        Assert.Contains("aisReceivers[0].site", error.Message, StringComparison.Ordinal);
    }

    private static List<long> PositionTimes(int mmsi) =>
        BaselineHeard.Value.Where(h => h.Source == AisTestRun.DoverReceiver && h.Mmsi == mmsi && h.IsPosition).Select(h => h.UnixSeconds).ToList();
}
