namespace Entente.Incidents.Centres;

/// <summary>The two rescue coordination centres that share the Strait. Every incident has exactly one of them
/// coordinating it at every moment.</summary>
public enum CoordinationCentre
{
    /// <summary>HM Coastguard Dover (MRCC Dover), the UK SAR region.</summary>
    HmcgDover,

    /// <summary>CROSS Gris-Nez, the French SAR region.</summary>
    CrossGrisNez,
}
