namespace Entente.Core.Sharing;

/// <summary>An object that may be shared between agencies: it always carries its provenance.</summary>
public interface IShareable
{
    /// <summary>The originating agency and releasability label.</summary>
    Provenance Provenance { get; }
}
