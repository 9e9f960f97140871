using Entente.Ais.Decoding;
using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Identifiers;
using Entente.Core.Sharing;
using Entente.Core.Units;
using Entente.Simulation.Output;
using Entente.Storage.Detections;

namespace Entente.Server.Feeds;

/// <summary>
/// The server's sink for a live simulation: collects each step's detections as Core <see cref="Detection"/>s (radar
/// plots turned into positions) until <see cref="FlushAsync"/> stores them, and decodes the AIS lines to count them.
/// Truth is not kept: the live picture must be built from what sensors report.
/// </summary>
/// <remarks>Sink calls and <see cref="FlushAsync"/> come from the simulation's thread; the counters may be read from any thread.</remarks>
internal sealed class DetectionStoreSink(Provenance provenance) : ISimulationSink
{
    private readonly AisDecoder _decoder = new();
    private List<Detection> _pending = [];
    private long _stored;
    private long _rejected;
    private long _storeFailures;
    private long _aisLines;
    private long _aisMessages;

    /// <summary>The provenance given to records that carry none.</summary>
    public Provenance Provenance => provenance;

    /// <summary>Detections stored.</summary>
    public long Stored => Interlocked.Read(ref _stored);

    /// <summary>Detections that could not be turned into a Core detection (e.g. a sensor id that is not a valid code).</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Detections lost because the store refused a batch.</summary>
    public long StoreFailures => Interlocked.Read(ref _storeFailures);

    /// <summary>AIS lines received.</summary>
    public long AisLines => Interlocked.Read(ref _aisLines);

    /// <summary>AIS messages decoded from them.</summary>
    public long AisMessages => Interlocked.Read(ref _aisMessages);

    /// <summary>Detections waiting for <see cref="FlushAsync"/>.</summary>
    public int Pending => _pending.Count;

    public void Truth(TruthRecord record)
    {
    }

    public void Detection(DetectionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (ToDetection(record, provenance) is { } detection)
        {
            _pending.Add(detection);
        }
        else
        {
            Interlocked.Increment(ref _rejected);
        }
    }

    public void Ais(DateTimeOffset time, string line)
    {
        Interlocked.Increment(ref _aisLines);
        if (_decoder.Decode(line).Status == AisDecodeStatus.Message)
        {
            Interlocked.Increment(ref _aisMessages);
        }
    }

    public void StepCompleted(DateTimeOffset time)
    {
    }

    /// <summary>
    /// Stores what was collected, as one batch. When the store fails, the batch is counted in <see cref="StoreFailures"/>
    /// and dropped, so that a fault cannot grow memory without bound, and the exception is rethrown for the caller to log.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many were stored.</returns>
    public async Task<int> FlushAsync(IDetectionStore store, CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return 0;
        }

        var batch = _pending;
        _pending = [];
        try
        {
            await store.AppendAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Interlocked.Add(ref _storeFailures, batch.Count);
            throw;
        }

        Interlocked.Add(ref _stored, batch.Count);
        return batch.Count;
    }

    /// <summary>A detections-format record as a Core detection: a radar plot becomes the position at its range and
    /// bearing from the site, with a circular sigma that keeps the error ellipse's total variance.</summary>
    /// <param name="record">The record.</param>
    /// <param name="provenance">Whose it is and who may see it, when the record carries none of its own.</param>
    /// <returns>The detection, or null when the sensor id is not a valid code.</returns>
    public static Detection? ToDetection(DetectionRecord record, Provenance provenance)
    {
        if (!SensorId.TryParse(record.Sensor, out var sensor))
        {
            return null;
        }

        provenance = record.Provenance ?? provenance;

        if (record.Kind != DetectionKind.Radar)
        {
            return new Detection(record.Time, sensor, record.Kind, record.Position!.Value, record.SigmaMetres!.Value, provenance, record.People);
        }

        var range = record.RangeMetres!.Value;
        var position = Geodesic.Direct(record.SensorPosition!.Value, record.BearingDegrees!.Value, range).Position;
        var sigmaRange = record.SigmaRangeMetres!.Value;
        var sigmaCrossRange = range * UnitConversions.DegreesToRadians(record.SigmaBearingDegrees!.Value);
        var sigma = Math.Sqrt(((sigmaRange * sigmaRange) + (sigmaCrossRange * sigmaCrossRange)) / 2);
        return new Detection(record.Time, sensor, DetectionKind.Radar, position, sigma, provenance, record.People);
    }
}
