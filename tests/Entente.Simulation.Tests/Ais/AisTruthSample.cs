using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Ais;

/// <summary>An object's true state at the start of one step, as the test recorded it.</summary>
internal readonly record struct AisTruthSample(
    double LatitudeDegrees, double LongitudeDegrees, double SpeedKnots, double CourseDegrees, double? HeadingDegrees, bool Turning, ObjectState State);
