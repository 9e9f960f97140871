using Entente.Ais.Messages;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Core.Units;

namespace Entente.Simulation.World;

/// <summary>
/// The true state of one simulated object. Positions and velocities are in the Channel projection (metres, grid
/// east/north); <see cref="Position"/>, <see cref="CourseDegrees"/> and <see cref="SpeedKnots"/> give them as a sensor or
/// transponder would report them (WGS84, true north).
/// </summary>
internal sealed class SimObject
{
    public SimObject(string id, ObjectKind kind, double xMetres, double yMetres)
    {
        Id = id;
        Kind = kind;
        XMetres = xMetres;
        YMetres = yMetres;
    }

    public string Id { get; }

    public ObjectKind Kind { get; }

    public string? Name { get; set; }

    public int? Mmsi { get; set; }

    public AisClass Ais { get; set; }

    public ShipType ShipType { get; set; }

    public string CallSign { get; set; } = string.Empty;

    public string Destination { get; set; } = string.Empty;

    public int LengthMetres { get; set; }

    public int BeamMetres { get; set; }

    public double DraughtMetres { get; set; }

    public int ImoNumber { get; set; }

    /// <summary>Radar cross-section, square metres.</summary>
    public double RcsSquareMetres { get; set; } = 1;

    /// <summary>Height of the highest radar-reflecting part above the sea, metres (for the radar horizon).</summary>
    public double HeightMetres { get; set; } = 1;

    public double XMetres { get; set; }

    public double YMetres { get; set; }

    /// <summary>Velocity over ground, grid east, m/s.</summary>
    public double VelocityEastMetresPerSecond { get; set; }

    /// <summary>Velocity over ground, grid north, m/s.</summary>
    public double VelocityNorthMetresPerSecond { get; set; }

    /// <summary>Heading (where the bow points), grid degrees; null when it has none (people in the water).</summary>
    public double? HeadingGridDegrees { get; set; }

    /// <summary>True while the object is changing course (AIS reports faster).</summary>
    public bool Turning { get; set; }

    public int People { get; set; }

    public ObjectState State { get; set; } = ObjectState.Underway;

    public IObjectBehaviour? Behaviour { get; set; }

    /// <summary>True once the object has left the simulation; it is dropped after its last truth record.</summary>
    public bool Removed { get; set; }

    /// <summary>True once the truth writer has recorded the final state of a removed object.</summary>
    public bool RemovedReported { get; set; }

    /// <summary>True when sensors can see it (false for people still on a beach, or an aircraft off station).</summary>
    public bool AtSea => State is not (ObjectState.Ashore or ObjectState.Prevented or ObjectState.Departed or ObjectState.Landed);

    public ProjectedPoint Point => new(XMetres, YMetres);

    public GeoPosition Position => ChannelProjection.Unproject(Point);

    public double SpeedMetresPerSecond =>
        Math.Sqrt((VelocityEastMetresPerSecond * VelocityEastMetresPerSecond) + (VelocityNorthMetresPerSecond * VelocityNorthMetresPerSecond));

    public double SpeedKnots => Report().SpeedKnots;

    /// <summary>Course over ground, degrees true.</summary>
    public double CourseDegrees => Report().CourseDegrees;

    /// <summary>Heading, degrees true, or null.</summary>
    public double? HeadingDegrees => HeadingGridDegrees is { } h
        ? UnitConversions.NormaliseBearingDegrees(h + ChannelProjection.ConvergenceDegrees(Position))
        : null;

    /// <summary>Position, speed over ground (knots) and course over ground (degrees true), projecting once.</summary>
    public (GeoPosition Position, double SpeedKnots, double CourseDegrees) Report()
    {
        var position = Position;
        var speed = UnitConversions.MetresPerSecondToKnots(SpeedMetresPerSecond / ChannelProjection.ScaleFactor(position));
        var course = UnitConversions.NormaliseBearingDegrees(
            UnitConversions.RadiansToDegrees(Math.Atan2(VelocityEastMetresPerSecond, VelocityNorthMetresPerSecond)) + ChannelProjection.ConvergenceDegrees(position));
        return (position, speed, course);
    }

    /// <summary>Where the object is <paramref name="seconds"/> after the start of the step, at its current velocity.</summary>
    public ProjectedPoint PointAfter(double seconds) =>
        new(XMetres + (VelocityEastMetresPerSecond * seconds), YMetres + (VelocityNorthMetresPerSecond * seconds));

    public void SetVelocity(double gridBearingDegrees, double speedMetresPerSecond)
    {
        var radians = UnitConversions.DegreesToRadians(gridBearingDegrees);
        VelocityEastMetresPerSecond = speedMetresPerSecond * Math.Sin(radians);
        VelocityNorthMetresPerSecond = speedMetresPerSecond * Math.Cos(radians);
    }

    public void Stop()
    {
        VelocityEastMetresPerSecond = 0;
        VelocityNorthMetresPerSecond = 0;
    }

    /// <summary>Moves by the current velocity over <paramref name="seconds"/>.</summary>
    public void Move(double seconds)
    {
        XMetres += VelocityEastMetresPerSecond * seconds;
        YMetres += VelocityNorthMetresPerSecond * seconds;
    }
}
