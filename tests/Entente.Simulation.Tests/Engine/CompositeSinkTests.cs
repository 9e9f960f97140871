using Entente.Core.Detections;
using Entente.Core.Positions;
using Entente.Simulation.Output;

namespace Entente.Simulation.Tests.Engine;

public sealed class CompositeSinkTests
{
    [Fact]
    public void EveryCall_ReachesEverySink_InOrder()
    {
        var time = new DateTimeOffset(2026, 11, 21, 18, 0, 0, TimeSpan.Zero);
        var a = new RecordingSink();
        var b = new RecordingSink();
        var sink = new CompositeSink(a, b);

        sink.Ais(time, "!AIVDM");
        sink.Detection(DetectionRecord.AtPosition(time, "beach-1", DetectionKind.Ground, GeoPosition.FromDegrees(50.9, 1.6), 150));
        sink.StepCompleted(time.AddSeconds(1));

        Assert.Equal(["ais !AIVDM", "detection beach-1", "step"], a.Calls);
        Assert.Equal(a.Calls, b.Calls);
        Assert.Equal(2, sink.Sinks.Count);
    }

    [Fact]
    public void Create_WithoutSinks_Throws() => Assert.Throws<ArgumentException>(() => new CompositeSink());

    private sealed class RecordingSink : ISimulationSink
    {
        public List<string> Calls { get; } = [];

        public void Truth(TruthRecord record) => Calls.Add("truth " + record.Id);

        public void Detection(DetectionRecord record) => Calls.Add("detection " + record.Sensor);

        public void Ais(DateTimeOffset time, string line) => Calls.Add("ais " + line);

        public void StepCompleted(DateTimeOffset time) => Calls.Add("step");
    }
}
