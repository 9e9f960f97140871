using Entente.Core.Identifiers;
using Entente.Core.Sharing;

namespace Entente.Incidents.Centres;

/// <summary>What each centre is: its name in files and APIs, its state, its agency, and the SAR region it holds.</summary>
public static class CoordinationCentres
{
    /// <summary>The name used in files and APIs: "hmcg-dover" or "cross-gris-nez".</summary>
    /// <param name="centre">The centre.</param>
    /// <returns>The name.</returns>
    public static string ToName(CoordinationCentre centre) => centre switch
    {
        CoordinationCentre.HmcgDover => "hmcg-dover",
        CoordinationCentre.CrossGrisNez => "cross-gris-nez",
        _ => throw new ArgumentOutOfRangeException(nameof(centre), centre, "Unknown centre."),
    };

    /// <summary>The centre of a name, or null.</summary>
    /// <param name="name">"hmcg-dover" or "cross-gris-nez".</param>
    /// <returns>The centre, or null when the name is not one.</returns>
    public static CoordinationCentre? Parse(string? name) => name switch
    {
        "hmcg-dover" => CoordinationCentre.HmcgDover,
        "cross-gris-nez" => CoordinationCentre.CrossGrisNez,
        _ => null,
    };

    /// <summary>The state the centre belongs to.</summary>
    /// <param name="centre">The centre.</param>
    /// <returns>The United Kingdom or France.</returns>
    public static Nations Nation(CoordinationCentre centre) =>
        centre == CoordinationCentre.HmcgDover ? Nations.UnitedKingdom : Nations.France;

    /// <summary>The agency that staffs the centre.</summary>
    /// <param name="centre">The centre.</param>
    /// <returns>HM Coastguard or CROSS Gris-Nez.</returns>
    public static AgencyId Agency(CoordinationCentre centre) =>
        centre == CoordinationCentre.HmcgDover ? Agencies.HmCoastguard.Id : Agencies.CrossGrisNez.Id;

    /// <summary>The centre whose SAR region is a state's.</summary>
    /// <param name="region">The state whose SAR region holds a position.</param>
    /// <returns>The centre, or null outside both regions.</returns>
    public static CoordinationCentre? ForRegion(Nations region) => region switch
    {
        Nations.UnitedKingdom => CoordinationCentre.HmcgDover,
        Nations.France => CoordinationCentre.CrossGrisNez,
        _ => null,
    };

    /// <summary>The other centre.</summary>
    /// <param name="centre">A centre.</param>
    /// <returns>The other one.</returns>
    public static CoordinationCentre Other(CoordinationCentre centre) =>
        centre == CoordinationCentre.HmcgDover ? CoordinationCentre.CrossGrisNez : CoordinationCentre.HmcgDover;
}
