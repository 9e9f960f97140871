namespace Entente.Cli.Tests;

/// <summary>A recording made once per test class by <c>entente sim run</c> of a small scenario: one boat leaving Wissant
/// beach in sight of the Gris-Nez radar and a beach sensor, a few ships with AIS, twelve minutes.</summary>
public sealed class LaunchRecording() : SimulatedRecording(Scenario, "one-launch")
{
    public const string Scenario = """
        {
          "name": "one-launch",
          "description": "One boat leaves Wissant in sight of the Gris-Nez radar.",
          "start": "2026-11-21T18:00:00Z",
          "durationHours": 0.2,
          "seed": 3,
          "traffic": { "merchantShipsPerDay": 100 },
          "crossings": { "boats": [ { "id": "boat-1", "beach": "beach-wissant", "launchMinutes": 3, "people": 45 } ] },
          "sensors": {
            "radars": [ { "id": "radar-gris-nez", "site": "radar-gris-nez" } ],
            "beachSensors": [ { "beaches": [ "beach-wissant" ] } ],
            "aisReceivers": [ { "id": "ais-dover", "position": { "lat": 51.13, "lon": 1.34 } } ]
          }
        }
        """;
}
