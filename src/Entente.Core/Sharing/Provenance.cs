using Entente.Core.Identifiers;

namespace Entente.Core.Sharing;

/// <summary>Where a shared object comes from and who may see it.</summary>
/// <param name="OriginatingAgency">The agency that created or owns the object; it always sees it.</param>
/// <param name="Releasability">Who else may see it.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Provenance(AgencyId OriginatingAgency, Releasability Releasability)
{
    /// <summary>Whether an agency may see the object: the originator always, others when the label includes them.</summary>
    /// <param name="agency">The agency asking.</param>
    /// <returns>True when releasable.</returns>
    public bool IsReleasableTo(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return agency.Id == OriginatingAgency || Releasability.Includes(agency);
    }
}
