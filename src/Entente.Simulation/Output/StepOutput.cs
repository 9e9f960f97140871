using Entente.Core.Detections;

namespace Entente.Simulation.Output;

/// <summary>
/// Collects one step's detections and AIS lines, then hands them to the sink in time order. Ties keep the order in
/// which sensors emitted them, so the output is deterministic.
/// </summary>
internal sealed class StepOutput
{
    private readonly List<(DateTimeOffset Time, int Order, DetectionRecord Record)> _detections = [];
    private readonly List<(DateTimeOffset Time, int Order, string Line)> _ais = [];

    public long DetectionCount { get; private set; }

    public long AisLineCount { get; private set; }

    public void Add(DetectionRecord record) => _detections.Add((record.Time, _detections.Count, record));

    public void AddAis(DateTimeOffset time, string line) => _ais.Add((time, _ais.Count, line));

    public void Flush(ISimulationSink sink)
    {
        _detections.Sort(static (a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Order.CompareTo(b.Order));
        foreach (var d in _detections)
        {
            sink.Detection(d.Record);
        }

        _ais.Sort(static (a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Order.CompareTo(b.Order));
        foreach (var a in _ais)
        {
            sink.Ais(a.Time, a.Line);
        }

        DetectionCount += _detections.Count;
        AisLineCount += _ais.Count;
        _detections.Clear();
        _ais.Clear();
    }
}
