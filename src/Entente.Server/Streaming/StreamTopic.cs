namespace Entente.Server.Streaming;

/// <summary>What a pushed event is about; a slow client gets only the latest of each.</summary>
internal enum StreamTopic
{
    /// <summary>The alert list.</summary>
    Alerts = 0,

    /// <summary>The incident list.</summary>
    Incidents = 1,

    /// <summary>A frame: tracks and the night so far.</summary>
    Frame = 2,
}
