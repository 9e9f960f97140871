namespace Entente.Incidents.Assets;

/// <summary>What a rescue or patrol asset is.</summary>
public enum AssetKind
{
    /// <summary>An all-weather or inshore lifeboat (RNLI, SNSM).</summary>
    Lifeboat,

    /// <summary>A Border Force cutter or coastal patrol vessel.</summary>
    Cutter,

    /// <summary>A navy patrol vessel (Marine nationale).</summary>
    NavyVessel,

    /// <summary>A Gendarmerie maritime vessel.</summary>
    GendarmerieVessel,

    /// <summary>A fixed-wing aircraft.</summary>
    Aircraft,

    /// <summary>A helicopter.</summary>
    Helicopter,

    /// <summary>A remotely piloted aircraft.</summary>
    Drone,
}
