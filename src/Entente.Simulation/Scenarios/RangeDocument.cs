namespace Entente.Simulation.Scenarios;

/// <summary>A closed interval in a scenario file, from which a value is drawn uniformly.</summary>
internal sealed class RangeDocument
{
    public RangeDocument()
    {
    }

    public RangeDocument(double min, double max)
    {
        Min = min;
        Max = max;
    }

    public double Min { get; set; }

    public double Max { get; set; }
}
