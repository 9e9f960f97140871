namespace Entente.Core.Sharing;

/// <summary>The two states that share the picture, as a set.</summary>
[Flags]
public enum Nations
{
    /// <summary>No nation.</summary>
    None = 0,

    /// <summary>The United Kingdom (label "UK").</summary>
    UnitedKingdom = 1,

    /// <summary>France (label "FR").</summary>
    France = 2,

    /// <summary>Both states (label "UK+FR").</summary>
    Both = UnitedKingdom | France,
}
