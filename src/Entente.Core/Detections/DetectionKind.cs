namespace Entente.Core.Detections;

/// <summary>What kind of sensor or source produced a detection.</summary>
public enum DetectionKind
{
    /// <summary>A coastal radar plot.</summary>
    Radar,

    /// <summary>A beach ground sensor event.</summary>
    Ground,

    /// <summary>A sighting from an aircraft or drone.</summary>
    Aerial,

    /// <summary>A distress report: phone call, relay, VHF, NGO.</summary>
    Report,

    /// <summary>A position report from an AIS transponder. AIS arrives as NMEA, not in the detections format; this kind
    /// lets fusion carry it beside the others.</summary>
    Ais,
}
