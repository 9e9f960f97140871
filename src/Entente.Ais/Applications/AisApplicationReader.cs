using System.Diagnostics.CodeAnalysis;
using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>
/// The one table of the applications Entente decodes: (message type, DAC, FI) → reader. DAC/FI pairs are assigned
/// separately for each message type. Anything not listed here, or whose data does not fit its application, stays raw.
/// </summary>
public static class AisApplicationReader
{
    /// <summary>Reads the application carried by a binary message.</summary>
    /// <param name="messageType">The message type carrying the data (6 addressed, 8 broadcast).</param>
    /// <param name="designatedAreaCode">The DAC.</param>
    /// <param name="functionalId">The FI.</param>
    /// <param name="data">The application data: the bits after the FI.</param>
    /// <param name="application">The application, or null.</param>
    /// <returns>False when the application is unknown or the data is not a valid instance of it.</returns>
    public static bool TryRead(
        int messageType, int designatedAreaCode, int functionalId, AisBinaryData data, [NotNullWhen(true)] out IAisApplication? application)
    {
        application = null;
        Span<ulong> words = data.BitLength <= AisApplicationBits.StackWords * 64
            ? stackalloc ulong[AisApplicationBits.StackWords]
            : new ulong[AisApplicationBits.WordCount(data.BitLength)];
        var bits = AisApplicationBits.View(data, words);
        return (messageType, designatedAreaCode, functionalId) switch
        {
            (6, 1, 12) => Box(DangerousCargoIndication.TryRead(bits, out var a), a, out application),
            (6, 1, 14) => Box(TidalWindowImo236.TryRead(bits, out var a), a, out application),
            (6, 1, 18) => Box(ClearanceTimeToEnterPort.TryRead(bits, out var a), a, out application),
            (6, 1, 30) => Box(AddressedTextDescription.TryRead(bits, out var a), a, out application),
            (6, 1, 32) => Box(TidalWindowImo289.TryRead(bits, out var a), a, out application),
            (6, 200, 55) => Box(InlandPersonsOnBoard.TryRead(bits, out var a), a, out application),
            (6, 235 or 250, 10) => Box(AtonMonitoringData.TryRead(bits, designatedAreaCode, out var a), a, out application),
            (8, 1, 11) => Box(MeteorologicalHydrologicalImo236.TryRead(bits, out var a), a, out application),
            (8, 1, 31) => Box(MeteorologicalHydrologicalImo289.TryRead(bits, out var a), a, out application),
            (8, 200, 10) => Box(InlandShipStaticVoyageData.TryRead(bits, out var a), a, out application),
            _ => false,
        };
    }

    private static bool Box<T>(bool ok, T value, out IAisApplication? application)
        where T : struct, IAisApplication
    {
        application = ok ? value : null;
        return ok;
    }
}
