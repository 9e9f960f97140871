namespace Entente.Ais.GpsdJson;

/// <summary>What <see cref="GpsdJsonWriter"/> did with a message.</summary>
public enum GpsdWriteResult
{
    /// <summary>An object was written.</summary>
    Written,

    /// <summary>Nothing yet: gpsd holds this message (a type 24 part A waiting for part B) or drops it (a part B without A).</summary>
    Held,

    /// <summary>The message could not be read.</summary>
    Error,
}
