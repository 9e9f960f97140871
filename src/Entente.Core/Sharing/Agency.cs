using Entente.Core.Identifiers;

namespace Entente.Core.Sharing;

/// <summary>An agency that originates data and whose users see it: a rescue centre, a police force, a navy.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Agency
{
    /// <summary>Creates an agency.</summary>
    /// <param name="id">Its code.</param>
    /// <param name="nation">The single state it belongs to.</param>
    /// <param name="name">Its name for display.</param>
    /// <exception cref="ArgumentException">The nation is not exactly one state, or the id or name is empty.</exception>
    public Agency(AgencyId id, Nations nation, string name)
    {
        if (id.Code.Length == 0)
        {
            throw new ArgumentException("An agency needs an id.", nameof(id));
        }

        if (nation is not (Nations.UnitedKingdom or Nations.France))
        {
            throw new ArgumentException("An agency belongs to exactly one nation.", nameof(nation));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Nation = nation;
        Name = name;
    }

    /// <summary>The agency's code.</summary>
    public AgencyId Id { get; }

    /// <summary>The state the agency belongs to.</summary>
    public Nations Nation { get; }

    /// <summary>The name for display.</summary>
    public string Name { get; }
}
