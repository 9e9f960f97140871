namespace Entente.LoadTest;

/// <summary>What the clients saw: every measured latency (ms), frames and bytes read, tracks per frame.</summary>
internal sealed record ClientResult(double[] LatenciesMs, long Frames, long Bytes, int MinTracks, int MaxTracks);
