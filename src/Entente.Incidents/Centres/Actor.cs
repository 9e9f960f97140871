using Entente.Core.Identifiers;
using Entente.Core.Sharing;

namespace Entente.Incidents.Centres;

/// <summary>Who did something on the record: a named person of an agency, or Entente itself.</summary>
/// <remarks>Immutable and validated.</remarks>
public sealed record Actor
{
    /// <summary>Creates an actor.</summary>
    /// <param name="name">The user's name, not blank.</param>
    /// <param name="agency">The user's agency; null only for Entente itself.</param>
    /// <exception cref="ArgumentException">The name is blank, or the agency is not a known one.</exception>
    public Actor(string name, AgencyId? agency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (agency is { } id && Agencies.Find(id) is null)
        {
            throw new ArgumentException($"Unknown agency '{id.Code}'.", nameof(agency));
        }

        Name = name;
        Agency = agency;
    }

    /// <summary>Entente itself, for what the system records (datum moves, offers it makes on a centre's behalf).</summary>
    public static Actor System { get; } = new("entente", null);

    /// <summary>The user's name.</summary>
    public string Name { get; }

    /// <summary>The user's agency; null for Entente itself.</summary>
    public AgencyId? Agency { get; }

    /// <summary>The state the actor acts for; none for Entente itself.</summary>
    public Nations Nation => Agency is { } id && Agencies.Find(id) is { } agency ? agency.Nation : Nations.None;

    /// <summary>Whether the actor is a person of the agency that staffs a centre.</summary>
    /// <param name="centre">The centre.</param>
    /// <returns>True for that centre's staff.</returns>
    public bool Staffs(CoordinationCentre centre) => Agency == CoordinationCentres.Agency(centre);

    /// <inheritdoc />
    public override string ToString() => Agency is { } id ? $"{Name} ({id.Code})" : Name;
}
