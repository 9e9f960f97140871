using System.Collections.Frozen;
using Entente.Core.Identifiers;

namespace Entente.Core.Sharing;

/// <summary>
/// Who, besides the originator, may see an object: whole nations, named agencies, or nobody
/// (originator only).
/// </summary>
/// <remarks>
/// The text form is the label users read and the form stored: tokens joined by '+', where "UK" and "FR" are
/// nations and lower-case codes are agencies, e.g. "UK+FR", "FR", "UK+fr-liaison", or "ORIGINATOR" for nobody else.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class Releasability : IEquatable<Releasability>
{
    private const string OriginatorOnlyLabel = "ORIGINATOR";

    private Releasability(Nations nations, FrozenSet<AgencyId> agencies)
    {
        Nations = nations;
        Agencies = agencies;
        Label = FormatLabel(nations, agencies);
    }

    /// <summary>Releasable to every agency of both states.</summary>
    public static Releasability UkAndFr { get; } = new(Nations.Both, FrozenSet<AgencyId>.Empty);

    /// <summary>Releasable to United Kingdom agencies only.</summary>
    public static Releasability UkOnly { get; } = new(Nations.UnitedKingdom, FrozenSet<AgencyId>.Empty);

    /// <summary>Releasable to French agencies only.</summary>
    public static Releasability FrOnly { get; } = new(Nations.France, FrozenSet<AgencyId>.Empty);

    /// <summary>Seen by the originating agency alone.</summary>
    public static Releasability OriginatorOnly { get; } = new(Nations.None, FrozenSet<AgencyId>.Empty);

    /// <summary>The nations all of whose agencies may see the object.</summary>
    public Nations Nations { get; }

    /// <summary>Agencies named individually.</summary>
    public IReadOnlySet<AgencyId> Agencies { get; }

    /// <summary>Whether every agency of both states may see the object: the shared picture. Anything else is restricted.</summary>
    public bool ReleasedToBothStates => Nations == Nations.Both;

    /// <summary>The label, e.g. "UK+FR".</summary>
    public string Label { get; }

    /// <summary>Releasable to whole nations and named agencies.</summary>
    /// <param name="nations">The nations.</param>
    /// <param name="agencies">Named agencies.</param>
    /// <returns>The releasability.</returns>
    public static Releasability To(Nations nations, params IEnumerable<AgencyId> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var set = agencies.ToFrozenSet();
        if (set.Any(a => a.Code.Length == 0))
        {
            throw new ArgumentException("Agency ids must not be empty.", nameof(agencies));
        }

        return new Releasability(nations & Nations.Both, set);
    }

    /// <summary>Parses a label such as "UK+FR", "FR+uk-liaison" or "ORIGINATOR".</summary>
    /// <param name="label">The label.</param>
    /// <returns>The releasability.</returns>
    /// <exception cref="FormatException">A token is neither a nation nor a valid agency code.</exception>
    public static Releasability Parse(string label) =>
        TryParse(label, out var result, out var error) ? result : throw new FormatException(error);

    /// <summary>Parses a label.</summary>
    /// <param name="label">The label.</param>
    /// <param name="releasability">The result when valid.</param>
    /// <param name="error">Why the label is not valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(string? label, out Releasability releasability, out string error)
    {
        releasability = OriginatorOnly;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(label))
        {
            error = "A releasability label must not be empty (use ORIGINATOR for originator only).";
            return false;
        }

        if (label == OriginatorOnlyLabel)
        {
            return true;
        }

        var nations = Nations.None;
        var agencies = new List<AgencyId>();
        foreach (var token in label.Split('+'))
        {
            switch (token)
            {
                case "UK": nations |= Nations.UnitedKingdom; break;
                case "FR": nations |= Nations.France; break;
                default:
                    // "uk" or "Fr" would otherwise parse as an agency code and silently narrow the audience.
                    if (token.Equals("UK", StringComparison.OrdinalIgnoreCase) || token.Equals("FR", StringComparison.OrdinalIgnoreCase))
                    {
                        error = $"'{token}' in releasability label '{label}': write nations in capitals, UK or FR.";
                        return false;
                    }

                    if (!AgencyId.TryParse(token, out var agency))
                    {
                        error = $"'{token}' in releasability label '{label}' is neither UK, FR nor an agency code.";
                        return false;
                    }

                    agencies.Add(agency);
                    break;
            }
        }

        releasability = To(nations, agencies);
        return true;
    }

    /// <summary>The union of two audiences: every nation and agency either names (an agency whose nation is named is
    /// not named again).</summary>
    /// <param name="other">The other releasability.</param>
    /// <param name="agency">An agency to name as well (the originator of what widened it), or null.</param>
    /// <returns>This instance when nothing is added (no allocation), else the wider releasability.</returns>
    public Releasability Widen(Releasability other, AgencyId? agency = null)
    {
        ArgumentNullException.ThrowIfNull(other);
        var nations = Nations | other.Nations;
        var grows = nations != Nations || (agency is { } named && Adds(named, nations));
        foreach (var a in other.Agencies)
        {
            grows |= Adds(a, nations);
        }

        if (!grows)
        {
            return this;
        }

        var agencies = new HashSet<AgencyId>();
        foreach (var a in Agencies.Concat(other.Agencies))
        {
            if ((nations & NationOf(a)) == 0)
            {
                agencies.Add(a);
            }
        }

        if (agency is { } extra && (nations & NationOf(extra)) == 0)
        {
            agencies.Add(extra);
        }

        return To(nations, agencies);
    }

    // Whether naming an agency would let someone new see the object.
    private bool Adds(AgencyId agency, Nations nations) => (nations & NationOf(agency)) == 0 && !Agencies.Contains(agency);

    /// <summary>Whether an agency other than the originator may see the object.</summary>
    /// <param name="agency">The agency.</param>
    /// <returns>True when the agency's nation or the agency itself is named.</returns>
    public bool Includes(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return (Nations & agency.Nation) != 0 || Agencies.Contains(agency.Id);
    }

    /// <inheritdoc />
    public bool Equals(Releasability? other) => other is not null && Label == other.Label;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Releasability);

    /// <inheritdoc />
    public override int GetHashCode() => Label.GetHashCode(StringComparison.Ordinal);

    /// <summary>The label.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;

    // The nation of a known agency; an unknown code belongs to neither (it is then named individually).
    private static Nations NationOf(AgencyId id) => Sharing.Agencies.Find(id)?.Nation ?? Nations.None;

    private static string FormatLabel(Nations nations, FrozenSet<AgencyId> agencies)
    {
        var tokens = new List<string>();
        if (nations.HasFlag(Nations.UnitedKingdom))
        {
            tokens.Add("UK");
        }

        if (nations.HasFlag(Nations.France))
        {
            tokens.Add("FR");
        }

        // Sorted so that equal sets always have the same label.
        tokens.AddRange(agencies.Select(a => a.Code).Order(StringComparer.Ordinal));
        return tokens.Count == 0 ? OriginatorOnlyLabel : string.Join('+', tokens);
    }
}
