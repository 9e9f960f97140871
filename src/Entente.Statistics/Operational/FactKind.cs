namespace Entente.Statistics.Operational;

/// <summary>What a counted fact is.</summary>
internal enum FactKind
{
    Launch,
    FirstDetectedAtSea,
    Landed,
    Prevented,
    Intercepted,
    Rescued,
    Missing,
    IncidentOpened,
    IncidentClosed,
    HandoverOffered,
    HandoverAccepted,
    HandoverDeclined,
    AlertToAcknowledgement,
    DistressToFirstTasking,
    LaunchToFirstDetection,
}
