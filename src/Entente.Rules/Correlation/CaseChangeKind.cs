namespace Entente.Rules.Correlation;

/// <summary>What happened to a distress case.</summary>
public enum CaseChangeKind
{
    /// <summary>A call opened a new case.</summary>
    Opened,

    /// <summary>A further call from one of the case's callers was added.</summary>
    CallAdded,

    /// <summary>A call from a new caller was added because it and the case are confidently tied to the same track.</summary>
    Joined,

    /// <summary>A re-score moved the candidates materially (a track appeared, ended or was reclassified).</summary>
    CandidatesChanged,

    /// <summary>Two cases came to be confidently tied to the same track: probably one boat. Both are kept.</summary>
    Linked,

    /// <summary>Two linked cases no longer share their best track: the link is removed.</summary>
    Unlinked,
}
