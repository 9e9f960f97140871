namespace Entente.Storage.Intelligence;

/// <summary>What came of asking to change a note's releasability.</summary>
public enum RelabelOutcome
{
    /// <summary>Changed, and recorded in the audit log.</summary>
    Changed,

    /// <summary>No note of that number is visible to the asker (whether or not one exists).</summary>
    NotFound,

    /// <summary>The asker's agency may read the note but did not write it: only the originator relabels.</summary>
    NotOriginator,
}
