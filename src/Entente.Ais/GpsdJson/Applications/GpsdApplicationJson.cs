using Entente.Ais.Applications;
using Entente.Ais.Payload;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>Writes an application's members, or the raw bits as gpsd's <c>"data":"bits:hex"</c> when it was not decoded.</summary>
internal static class GpsdApplicationJson
{
    public static void Write(JsonLine line, IAisApplication? application, AisBinaryData data, GpsdJsonOptions options)
    {
        switch (application)
        {
            case DangerousCargoIndication a:
                DangerousCargoIndicationJson.Write(line, a);
                break;
            case TidalWindowImo236 a:
                TidalWindowJson.Write(line, a, data, options);
                break;
            case ClearanceTimeToEnterPort a:
                ClearanceTimeToEnterPortJson.Write(line, a, options);
                break;
            case AddressedTextDescription a:
                AddressedTextDescriptionJson.Write(line, a);
                break;
            case TidalWindowImo289 a:
                TidalWindowJson.Write(line, a, data, options);
                break;
            case AtonMonitoringData a:
                AtonMonitoringDataJson.Write(line, a, options);
                break;
            case InlandPersonsOnBoard a:
                InlandPersonsOnBoardJson.Write(line, a);
                break;
            case MeteorologicalHydrologicalImo236 a:
                MeteorologicalHydrologicalImo236Json.Write(line, a, options);
                break;
            case MeteorologicalHydrologicalImo289 a:
                MeteorologicalHydrologicalImo289Json.Write(line, a, options);
                break;
            case InlandShipStaticVoyageData a:
                InlandShipStaticVoyageDataJson.Write(line, a);
                break;
            default:
                line.Text("data", data.ToString());
                break;
        }
    }
}
