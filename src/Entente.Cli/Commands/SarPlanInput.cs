using Entente.Sar.Drift;
using Entente.Sar.Search;

namespace Entente.Cli.Commands;

/// <summary>Everything <c>sar plan</c> was given, validated.</summary>
/// <param name="Target">The datum to search for.</param>
/// <param name="At">When the search starts: the datum's time or later.</param>
/// <param name="Scenarios">What may be drifting.</param>
/// <param name="Forcing">Wind and current.</param>
/// <param name="Options">Particles, step and seed of the drift.</param>
/// <param name="WindFromDegrees">The constant wind's direction when one was given; otherwise taken from the forcing.</param>
/// <param name="Assets">The search units.</param>
/// <param name="PreviousPos">The POS of searches already done, in order.</param>
internal sealed record SarPlanInput(SarPlanTarget Target, DateTimeOffset At, IReadOnlyList<DriftScenario> Scenarios, DriftForcing Forcing, DriftOptions Options,
    double? WindFromDegrees, IReadOnlyList<SearchAsset> Assets, IReadOnlyList<double> PreviousPos);
