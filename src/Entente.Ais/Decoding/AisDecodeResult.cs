using Entente.Ais.Messages;
using Entente.Ais.Payload;

namespace Entente.Ais.Decoding;

/// <summary>The outcome of decoding one line.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Message">The message when <paramref name="Status"/> is <see cref="AisDecodeStatus.Message"/>.</param>
/// <param name="Error">Why the line was rejected, when <paramref name="Status"/> is <see cref="AisDecodeStatus.Error"/>.</param>
/// <param name="Reception">How the message arrived.</param>
public readonly record struct AisDecodeResult(AisDecodeStatus Status, IAisMessage? Message, AisErrorKind Error, AisReception Reception);
