using Entente.Core.Positions;
using Entente.Simulation.World;

namespace Entente.Simulation.Output;

/// <summary>One line of <c>truth.jsonl</c>: an object's true state at one instant (docs/formats/truth.md).</summary>
/// <param name="Time">The instant, UTC.</param>
/// <param name="Id">The object's id, stable for the whole run.</param>
/// <param name="Kind">What the object is.</param>
/// <param name="Position">Where it is.</param>
/// <param name="SpeedKnots">Speed over ground, knots.</param>
/// <param name="CourseDegrees">Course over ground, degrees true.</param>
/// <param name="People">People aboard (or in the water, for a group in the water).</param>
/// <param name="State">Its state.</param>
/// <param name="Mmsi">Its AIS MMSI, when it carries a transponder.</param>
/// <param name="Name">Its name, when it has one.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TruthRecord(DateTimeOffset Time, string Id, ObjectKind Kind, GeoPosition Position, double SpeedKnots, double CourseDegrees,
    int People, ObjectState State, int? Mmsi, string? Name);
