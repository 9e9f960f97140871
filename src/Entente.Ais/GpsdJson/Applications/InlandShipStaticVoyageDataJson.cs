using Entente.Ais.Applications;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>gpsd's JSON for message 8, DAC 200, FI 10 (the same scaled and unscaled).</summary>
internal static class InlandShipStaticVoyageDataJson
{
    public static void Write(JsonLine line, in InlandShipStaticVoyageData a)
    {
        line.Text("vin", a.EuropeanVesselId);
        line.Number("length", a.LengthTenthsMetre);
        line.Number("beam", a.BeamTenthsMetre);
        line.Number("shiptype", a.ShipTypeCode);
        line.Text("shiptype_text", GpsdApplicationText.EriShipType(a.ShipTypeCode));
        line.Number("hazard", (int)a.HazardousCargo);
        line.Text("hazard_text", GpsdApplicationText.Hazard((int)a.HazardousCargo));
        line.Number("draught", a.DraughtHundredthsMetre);
        line.Number("loaded", (int)a.LoadStatus);
        line.Text("loaded_text", GpsdApplicationText.Load((int)a.LoadStatus));
        line.Bool("speed_q", a.SpeedQualityHigh);
        line.Bool("course_q", a.CourseQualityHigh);
        line.Bool("heading_q", a.HeadingQualityHigh);
    }
}
