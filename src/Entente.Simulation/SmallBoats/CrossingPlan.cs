using Entente.Core.Projection;

namespace Entente.Simulation.SmallBoats;

/// <summary>One crossing as planned, scripted or drawn: where and when it leaves, who is aboard, where it heads, what happens.</summary>
internal sealed record CrossingPlan(
    string Id,
    ProjectedPoint Beach,
    DateTimeOffset Launch,
    int People,
    double SpeedKnots,
    ProjectedPoint Landing,
    ProjectedPoint? TaxiFrom,
    int TaxiPickupPeople,
    TimeSpan TaxiPickup,
    IReadOnlyList<BoatEvent> Events,
    bool RescueWhenInDistress,
    bool InterceptNearCoast,
    TimeSpan RescueDelay);
