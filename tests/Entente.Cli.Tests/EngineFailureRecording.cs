namespace Entente.Cli.Tests;

/// <summary>A recording of a boat from Wissant whose engine fails two miles out, in sight of the Gris-Nez radar.</summary>
public sealed class EngineFailureRecording() : SimulatedRecording(Scenario, "engine-failure")
{
    public const string Scenario = """
        {
          "name": "engine-failure",
          "description": "A boat from Wissant drifts after its engine fails.",
          "start": "2026-11-21T18:00:00Z",
          "durationHours": 0.5,
          "seed": 5,
          "traffic": { "merchantShipsPerDay": 100 },
          "crossings": { "boats": [ { "id": "boat-1", "beach": "beach-wissant", "launchMinutes": 1, "people": 45, "speedKnots": 6,
                                      "events": [ { "type": "engine-failure", "afterMinutes": 12 } ] } ] },
          "sensors": {
            "radars": [ { "id": "radar-gris-nez", "site": "radar-gris-nez" } ],
            "aisReceivers": [ { "id": "ais-dover", "position": { "lat": 51.13, "lon": 1.34 } } ]
          }
        }
        """;
}
