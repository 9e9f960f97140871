using Entente.Ais.Messages;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Ais;

/// <summary>A ship the AIS tests put in the world, with how it moves and what it is.</summary>
internal sealed record AisTestShip(
    int Mmsi, AisClass Ais, ObjectKind Kind, double LatitudeDegrees, double LongitudeDegrees, double GridCourseDegrees, double SpeedKnots,
    double TurnDegreesPerSecond, string Name, string CallSign, ShipType ShipType, int LengthMetres, int BeamMetres, double DraughtMetres,
    int ImoNumber, string Destination);
