using Entente.Ais.Applications;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>gpsd's JSON for message 6, DAC 200, FI 55 (the same scaled and unscaled).</summary>
internal static class InlandPersonsOnBoardJson
{
    public static void Write(JsonLine line, in InlandPersonsOnBoard a)
    {
        line.Number("crew", a.CrewRaw);
        line.Number("passengers", a.PassengersRaw);
        line.Number("personnel", a.PersonnelRaw);
    }
}
