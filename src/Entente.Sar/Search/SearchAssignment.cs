using Entente.Sar.Search.Patterns;

namespace Entente.Sar.Search;

/// <summary>One asset's part of a <see cref="SearchPlan"/>: its pattern and what it is expected to achieve.</summary>
public sealed class SearchAssignment
{
    internal SearchAssignment(SearchPattern pattern, double pos, double conditionalPos, double addedPos)
    {
        Pattern = pattern;
        Pos = pos;
        ConditionalPos = conditionalPos;
        AddedPos = addedPos;
    }

    /// <summary>The asset.</summary>
    public SearchAsset Asset => Pattern.Asset;

    /// <summary>The pattern it searches.</summary>
    public SearchPattern Pattern { get; }

    /// <summary>Its POS on the cloud given to the planner, as if it searched alone.</summary>
    public double Pos { get; }

    /// <summary>Its POS on the cloud left by the assignments before it, had they found nothing (what to record in a <see cref="SearchHistory"/>).</summary>
    public double ConditionalPos { get; }

    /// <summary>What it adds to the plan's total POS: the chance the earlier assignments miss times <see cref="ConditionalPos"/>.</summary>
    public double AddedPos { get; }
}
