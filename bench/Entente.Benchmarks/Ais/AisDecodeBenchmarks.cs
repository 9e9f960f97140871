using BenchmarkDotNet.Attributes;
using Entente.Ais.Decoding;
using Entente.Ais.GpsdJson;
using Entente.Ais.Messages;

namespace Entente.Benchmarks.Ais;

/// <summary>
/// Decoding single-sentence position reports: framing, checksum, de-armouring and field extraction, per message.
/// The goal is at least 3 million messages per second on one core, with no allocation in steady state.
/// </summary>
[MemoryDiagnoser]
public class AisDecodeBenchmarks
{
    private const int Lines = 1000;
    private byte[][] _plain = [];
    private byte[][] _tagged = [];
    private readonly AisDecoder _decoder = new();
    private readonly GpsdJsonWriter _writer = new();

    [GlobalSetup]
    public void Setup()
    {
        _plain = SyntheticAisLines.PositionReports(Lines, tagBlocks: false);
        _tagged = SyntheticAisLines.PositionReports(Lines, tagBlocks: true);
    }

    /// <summary>Zero-allocation path: payload then the typed struct.</summary>
    [Benchmark(OperationsPerInvoke = Lines, Baseline = true)]
    public long DecodePositionReports() => DecodeAll(_plain);

    /// <summary>The same with NMEA 4.0 tag blocks (source and time), as the Norwegian feed sends.</summary>
    [Benchmark(OperationsPerInvoke = Lines)]
    public long DecodePositionReportsWithTagBlocks() => DecodeAll(_tagged);

    /// <summary>The general path, which boxes each message as IAisMessage.</summary>
    [Benchmark(OperationsPerInvoke = Lines)]
    public long DecodeBoxed()
    {
        long sum = 0;
        foreach (var line in _plain)
        {
            var result = _decoder.Decode(line);
            sum += result.Message?.Mmsi ?? 0;
        }

        return sum;
    }

    /// <summary>Decoding and writing gpsd JSON into the reusable line buffer.</summary>
    [Benchmark(OperationsPerInvoke = Lines)]
    public long DecodeToGpsdJson()
    {
        long bytes = 0;
        foreach (var line in _plain)
        {
            if (_decoder.DecodePayload(line, out var payload) == AisDecodeStatus.Message &&
                _writer.Write(payload, out _) == GpsdWriteResult.Written)
            {
                bytes += _writer.Line.Written.Length;
            }
        }

        return bytes;
    }

    private long DecodeAll(byte[][] lines)
    {
        long sum = 0;
        foreach (var line in lines)
        {
            if (_decoder.DecodePayload(line, out var payload) == AisDecodeStatus.Message &&
                PositionReportClassA.TryRead(payload, out var report, out _))
            {
                sum += report.LongitudeTenThousandthsMinute + report.SpeedOverGroundTenthsKnot;
            }
        }

        return sum;
    }
}
