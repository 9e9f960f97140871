using Entente.Testing;
using System.Text;
using Entente.Ais.Decoding;
using Entente.Ais.Encoders;
using Entente.Ais.GpsdJson;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Conformance;

namespace Entente.Ais.Tests.Encoders;

/// <summary>What the encoder writes decodes back to the same record, in Entente and in gpsd's gpsdecode.</summary>
public sealed class AisEncoderRoundTripTests
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.";

    private static string Text(Random random, int max)
    {
        var length = random.Next(0, max + 1);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Letters[random.Next(Letters.Length)];
        }

        // Decoded text never ends in a space and never holds '@'.
        return new string(chars).TrimEnd();
    }

    private static PositionReportClassA ClassA(Random r) => new()
    {
        MessageType = r.Next(1, 4),
        RepeatIndicator = r.Next(4),
        Mmsi = r.Next(1, 1 << 30),
        NavigationStatus = (NavigationStatus)r.Next(16),
        RateOfTurnRaw = r.Next(-128, 128),
        SpeedOverGroundTenthsKnot = r.Next(1024),
        PositionAccuracyHigh = r.Next(2) == 1,
        LongitudeTenThousandthsMinute = r.Next(-108_000_000, 108_600_001),
        LatitudeTenThousandthsMinute = r.Next(-54_000_000, 54_600_001),
        CourseOverGroundTenthsDegree = r.Next(3601),
        TrueHeadingRaw = r.Next(2) == 0 ? 511 : r.Next(360),
        TimeStampRaw = r.Next(64),
        ManeuverIndicator = r.Next(3),
        Spare = 0,
        Raim = r.Next(2) == 1,
        RadioStatus = r.Next(1 << 19),
    };

    private static StaticAndVoyageData Voyage(Random r) => new()
    {
        MessageType = 5,
        RepeatIndicator = r.Next(4),
        Mmsi = r.Next(1, 1 << 30),
        AisVersion = r.Next(3),
        ImoNumberRaw = r.Next(10_000_000),
        CallSign = Text(r, 7),
        ShipName = Text(r, 20),
        ShipType = (ShipType)r.Next(100),
        DimensionToBowMetres = r.Next(512),
        DimensionToSternMetres = r.Next(512),
        DimensionToPortMetres = r.Next(64),
        DimensionToStarboardMetres = r.Next(64),
        Epfd = (EpfdType)r.Next(9),
        EtaMonthRaw = r.Next(13),
        EtaDayRaw = r.Next(32),
        EtaHourRaw = r.Next(25),
        EtaMinuteRaw = r.Next(61),
        DraughtDecimetres = r.Next(256),
        Destination = Text(r, 20),
        DteNotReady = r.Next(2) == 1,
        Spare = 0,
    };

    private static PositionReportClassB ClassB(Random r) => new()
    {
        MessageType = 18,
        RepeatIndicator = r.Next(4),
        Mmsi = r.Next(1, 1 << 30),
        SpeedOverGroundTenthsKnot = r.Next(1024),
        PositionAccuracyHigh = r.Next(2) == 1,
        LongitudeTenThousandthsMinute = r.Next(-108_000_000, 108_600_001),
        LatitudeTenThousandthsMinute = r.Next(-54_000_000, 54_600_001),
        CourseOverGroundTenthsDegree = r.Next(3601),
        TrueHeadingRaw = r.Next(2) == 0 ? 511 : r.Next(360),
        TimeStampRaw = r.Next(64),
        IsCarrierSenseUnit = r.Next(2) == 1,
        HasDisplay = r.Next(2) == 1,
        HasDsc = r.Next(2) == 1,
        CanUseWholeBand = r.Next(2) == 1,
        AcceptsMessage22 = r.Next(2) == 1,
        IsAssignedMode = false,
        Raim = r.Next(2) == 1,
        RadioStatus = r.Next(1 << 20),
    };

    private static StaticDataReportPartA PartA(Random r) => new()
    {
        MessageType = 24,
        RepeatIndicator = r.Next(4),
        Mmsi = r.Next(1, 1 << 30),
        PartNumber = 0,
        Name = Text(r, 20),
    };

    private static (List<IAisMessage> Messages, List<string> Lines) Traffic(int seed, int count)
    {
        var random = new Random(seed);
        var writer = new AisBitWriter();
        var sentences = new AisSentenceWriter();
        var messages = new List<IAisMessage>();
        var lines = new List<string>();
        for (var i = 0; i < count; i++)
        {
            IAisMessage message;
            switch (i % 4)
            {
                case 0:
                    var a = ClassA(random);
                    AisMessageEncoder.Write(a, writer);
                    message = a;
                    break;
                case 1:
                    var v = Voyage(random);
                    AisMessageEncoder.Write(v, writer);
                    message = v;
                    break;
                case 2:
                    var b = ClassB(random);
                    AisMessageEncoder.Write(b, writer);
                    message = b;
                    break;
                default:
                    var p = PartA(random);
                    AisMessageEncoder.Write(p, writer);
                    message = p;
                    break;
            }

            messages.Add(message);
            lines.AddRange(sentences.Write(writer, i % 2 == 0 ? 'A' : 'B', 1_700_000_000 + i, "sim"));
        }

        return (messages, lines);
    }

    [Fact]
    public void EncodedMessages_DecodeToTheSameRecords()
    {
        var (messages, lines) = Traffic(42, 2000);
        var decoder = new AisDecoder();
        var decoded = new List<IAisMessage>();
        foreach (var line in lines)
        {
            var result = decoder.Decode(line);
            Assert.True(result.Status != AisDecodeStatus.Error, $"{line}: {AisErrorKinds.Describe(result.Error)}");
            if (result.Message is { } m)
            {
                decoded.Add(m);
                Assert.Equal("sim", result.Reception.Source);
                Assert.NotNull(result.Reception.UnixTimeMilliseconds);
            }
        }

        Assert.Equal(messages, decoded);
        Assert.Equal(0, decoder.Statistics.Errors);
    }

    [Fact]
    public void PartB_RoundTripsItsFields()
    {
        var writer = new AisBitWriter();
        var b = new StaticDataReportPartB
        {
            MessageType = 24, Mmsi = 235009802, PartNumber = 1, ShipType = (ShipType)37, VendorIdRaw = 12345, UnitModelCode = 3,
            SerialNumber = 654321, CallSign = "MABC1", ToBowMetres = 5, ToSternMetres = 7, ToPortMetres = 2, ToStarboardMetres = 1,
        };
        AisMessageEncoder.Write(b, writer);
        var line = Assert.Single(new AisSentenceWriter().Write(writer, 'A'));
        var decoded = Assert.IsType<StaticDataReportPartB>(new AisDecoder().Decode(line).Message);
        Assert.Equal((b.Mmsi, b.ShipType, b.VendorIdRaw, b.UnitModelCode, b.SerialNumber, b.CallSign), (decoded.Mmsi, decoded.ShipType, decoded.VendorIdRaw, decoded.UnitModelCode, decoded.SerialNumber, decoded.CallSign));
        Assert.Equal((5, 7, 2, 1), (decoded.ToBowMetres, decoded.ToSternMetres, decoded.ToPortMetres, decoded.ToStarboardMetres));
    }

    [Fact]
    public void LongMessages_SpanSentencesOfAtMost82Characters()
    {
        var writer = new AisBitWriter();
        AisMessageEncoder.Write(Voyage(new Random(1)), writer);
        var lines = new AisSentenceWriter().Write(writer, 'B');
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.True(l.Length <= 82, l));
    }

    [Fact]
    public void EncodedMessages_DecodeTheSameInGpsdecode()
    {
        Gpsdecode.RequireInstalled();
        var (_, lines) = Traffic(7, 800);
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, string.Join("\n", lines) + "\n", Encoding.ASCII);
            var gpsd = Gpsdecode.Decode(file, "-u -s -j");
            var ours = new List<string>();
            var decoder = new AisDecoder();
            var json = new GpsdJsonWriter(new GpsdJsonOptions { Scaled = false, SplitType24 = true });
            foreach (var line in lines)
            {
                if (decoder.DecodePayload(Encoding.ASCII.GetBytes(line), out var payload) == AisDecodeStatus.Message &&
                    json.Write(payload, out _) == GpsdWriteResult.Written)
                {
                    ours.Add(json.Line.ToString());
                }
            }

            Assert.Equal(800, ours.Count);
            var differences = SequenceComparison.Compare(gpsd, ours);
            Assert.True(differences.Count == 0, string.Join("\n", differences.Take(5)));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
