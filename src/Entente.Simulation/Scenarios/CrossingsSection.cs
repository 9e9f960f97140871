namespace Entente.Simulation.Scenarios;

/// <summary>Small-boat crossings: scripted boats, and random ones drawn from the seed.</summary>
internal sealed class CrossingsSection
{
    public RandomCrossingsDocument? Random { get; set; }

    public IReadOnlyList<BoatDocument> Boats { get; set; } = [];
}
