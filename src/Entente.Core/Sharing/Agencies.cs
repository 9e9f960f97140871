using Entente.Core.Identifiers;

namespace Entente.Core.Sharing;

/// <summary>The agencies of the two states that work the Strait.</summary>
public static class Agencies
{
    /// <summary>HM Coastguard, Dover MRCC (UK SAR coordination, CNIS).</summary>
    public static Agency HmCoastguard { get; } = Create("uk-hmcg", Nations.UnitedKingdom, "HM Coastguard Dover");

    /// <summary>UK Border Force (cutters, small-boat operations).</summary>
    public static Agency UkBorderForce { get; } = Create("uk-border-force", Nations.UnitedKingdom, "UK Border Force");

    /// <summary>UK liaison officers in France.</summary>
    public static Agency UkLiaison { get; } = Create("uk-liaison", Nations.UnitedKingdom, "UK liaison");

    /// <summary>CROSS Gris-Nez (French SAR coordination, CNIS).</summary>
    public static Agency CrossGrisNez { get; } = Create("fr-cross-gris-nez", Nations.France, "CROSS Gris-Nez");

    /// <summary>Préfecture maritime de la Manche et de la mer du Nord and the French Navy.</summary>
    public static Agency PrefectureMaritime { get; } =
        Create("fr-premar", Nations.France, "Préfecture maritime Manche-Mer du Nord / Marine nationale");

    /// <summary>Gendarmerie and Police aux frontières.</summary>
    public static Agency GendarmeriePaf { get; } = Create("fr-gendarmerie-paf", Nations.France, "Gendarmerie / Police aux frontières");

    /// <summary>French liaison officers in the UK.</summary>
    public static Agency FrLiaison { get; } = Create("fr-liaison", Nations.France, "French liaison");

    /// <summary>All agencies above.</summary>
    public static IReadOnlyList<Agency> All { get; } =
        [HmCoastguard, UkBorderForce, UkLiaison, CrossGrisNez, PrefectureMaritime, GendarmeriePaf, FrLiaison];

    /// <summary>Finds a known agency by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The agency, or null when unknown.</returns>
    public static Agency? Find(AgencyId id) => All.FirstOrDefault(a => a.Id == id);

    private static Agency Create(string code, Nations nation, string name) => new(AgencyId.Parse(code), nation, name);
}
