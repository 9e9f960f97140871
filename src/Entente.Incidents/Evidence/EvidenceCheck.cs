using System.Globalization;
using Entente.Core.Geodesy;
using Entente.Incidents.Incidents;

namespace Entente.Incidents.Evidence;

/// <summary>Compares rescue evidence with an incident: place against the datum, time against the incident's life,
/// people against those still unaccounted for, caller against the incident's callers. Each mismatch is a sentence.</summary>
public static class EvidenceCheck
{
    /// <summary>The conflicts between evidence and an incident; empty when it matches.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="evidence">The evidence.</param>
    /// <param name="options">Tolerances; the defaults when null.</param>
    /// <returns>One sentence per conflict.</returns>
    public static IReadOnlyList<string> Conflicts(SarIncident incident, RescueEvidence evidence, EvidenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(evidence);
        var o = (options ?? new EvidenceOptions()).Validate();
        var conflicts = new List<string>();
        if (evidence.Time < incident.OpenedAt)
        {
            conflicts.Add(string.Create(CultureInfo.InvariantCulture,
                $"The rescue at {evidence.Time:HH:mm}Z is before the incident was opened at {incident.OpenedAt:HH:mm}Z."));
        }

        var datum = incident.Datum;
        var distance = Geodesic.DistanceMetres(datum.Position, evidence.Place);
        var tolerance = Math.Max(o.MinPlaceToleranceMetres, o.PlaceToleranceSigmas * datum.SigmaMetres);
        if (distance > tolerance)
        {
            conflicts.Add(string.Create(CultureInfo.InvariantCulture,
                $"The rescue was {distance / 1000:0.0} km from the datum, more than the {tolerance / 1000:0.0} km its uncertainty allows."));
        }

        if (incident.People.Unaccounted is { } unaccounted && incident.People.Aboard is { } aboard)
        {
            var peopleTolerance = Math.Max(o.MinPeopleTolerance, (int)Math.Ceiling(o.PeopleToleranceShare * aboard));
            if (Math.Abs(evidence.People - unaccounted) > peopleTolerance)
            {
                conflicts.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{evidence.People} people rescued, but {unaccounted} are unaccounted for (of {aboard} believed aboard): a difference over {peopleTolerance}."));
            }
        }

        if (evidence.Caller is { } caller && incident.Callers.Count > 0 && !incident.Callers.Contains(caller))
        {
            conflicts.Add($"Caller {caller} is not among this incident's callers.");
        }

        return conflicts;
    }
}
