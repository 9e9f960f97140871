using Entente.Sar.Outputs;
using Entente.Sar.Particles;

namespace Entente.Sar.Drift;

/// <summary>What a drift run gives: the datum track, the particles at the end, and (when asked) at every output time.</summary>
/// <param name="Request">The request.</param>
/// <param name="DatumTrack">The datum at the start, every output interval and the end.</param>
/// <param name="Final">The particles at the end.</param>
/// <param name="History">The particles at every datum point, when history was requested; otherwise empty.</param>
/// <param name="ParticleSteps">Particles × steps computed.</param>
public sealed record DriftResult(DriftRequest Request, IReadOnlyList<DatumPoint> DatumTrack, ParticleCloud Final, IReadOnlyList<ParticleCloud> History, long ParticleSteps);
