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

    /// <summary>This provenance widened by another's audience: the originator stays; the other's label and its
    /// originator are added (the rule for a product fused from several sources).</summary>
    /// <param name="other">The provenance of what joined the product.</param>
    /// <returns>This instance when the audience does not grow (no allocation), else the widened provenance.</returns>
    public Provenance WidenedBy(Provenance other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this) || ReferenceEquals(other.Releasability, Releasability) && other.OriginatingAgency == OriginatingAgency)
        {
            return this;
        }

        var widened = Releasability.Widen(other.Releasability, other.OriginatingAgency == OriginatingAgency ? null : other.OriginatingAgency);
        return ReferenceEquals(widened, Releasability) ? this : this with { Releasability = widened };
    }
}
