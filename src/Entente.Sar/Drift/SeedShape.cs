namespace Entente.Sar.Drift;

/// <summary>The shape of the area particles are seeded in.</summary>
public enum SeedShape
{
    /// <summary>Uniformly within a radius of a point.</summary>
    Circle = 0,

    /// <summary>Uniformly within an ellipse.</summary>
    Ellipse = 1,

    /// <summary>Along a line between two fixes (position and time both interpolated), then within a radius of it.</summary>
    Line = 2,
}
