using System.Globalization;
using Entente.Ais.Messages;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Geo.Geography;
using Entente.Simulation.Conditions;
using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;
using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Ais;

/// <summary>
/// Steps a small world with a few AIS ships and the scenario's shore receivers, as the simulator does (steer, observe,
/// move), recording each ship's truth at every step start and the AIS lines the receivers write.
/// </summary>
internal sealed class AisTestRun
{
    public const string DoverReceiver = "ais-dover";
    public const string GrisNezReceiver = "ais-gris-nez";

    public static readonly DateTimeOffset Start = new(2026, 11, 21, 20, 0, 0, TimeSpan.Zero);

    // Steady at 12 kn: 10 s. Turning at 18 kn: 2 s. Steady at 18 kn: 6 s. Turning at 12 kn: 3⅓ s. Class B: 30 s.
    // Moored: 3 min. Fishing at 5 kn: 10 s. The last is 130 km off, beyond both receivers.
    public static readonly IReadOnlyList<AisTestShip> Ships =
    [
        new(235_000_001, AisClass.ClassA, ObjectKind.Ship, 51.00, 1.45, 40, 12, 0, "Northern Spirit", "2ABC4", ShipType.Cargo, 180, 30, 9.5, 9_234_567, "Rotterdam"),
        new(235_000_002, AisClass.ClassA, ObjectKind.Ship, 50.95, 1.35, 200, 18, 0.5, "Channel Trader", "MXYZ7", ShipType.Tanker, 240, 42, 12.3, 9_345_678, "Le Havre"),
        new(235_000_003, AisClass.ClassA, ObjectKind.Patrol, 51.05, 1.50, 310, 18, 0, "Vigilant", "GBVG", ShipType.LawEnforcement, 42, 7, 2.8, 0, string.Empty),
        new(235_000_004, AisClass.ClassA, ObjectKind.Ship, 50.98, 1.55, 120, 12, -0.4, "Baltic Star", "5BCD2", ShipType.Cargo, 150, 23, 8, 9_456_789, "Antwerp"),
        new(235_000_005, AisClass.ClassB, ObjectKind.Ship, 51.02, 1.40, 90, 6, 0, "Sea Breeze", "MBRZ9", ShipType.PleasureCraft, 12, 4, 1.8, 0, string.Empty),
        new(235_000_006, AisClass.ClassA, ObjectKind.Ferry, 51.12, 1.33, 60, 0, 0, "Spirit of Britain", "VQHW8", ShipType.Passenger, 213, 31, 6.5, 9_524_231, "Calais"),
        new(227_000_007, AisClass.ClassA, ObjectKind.Fishing, 50.90, 1.45, 250, 5, 0, "Saint Pierre", "FGHJ", ShipType.Fishing, 24, 7, 3.5, 0, "Boulogne"),
        new(244_000_008, AisClass.ClassA, ObjectKind.Ship, 51.90, 2.90, 45, 14, 0, "Far Away", "PDFA", ShipType.Cargo, 200, 32, 10, 9_567_890, "Hamburg"),
    ];

    private static readonly Lazy<ChannelGeography> SharedGeography = new(ChannelGeography.LoadDefault);

    private AisTestRun(SimulationWorld world, IReadOnlyList<ISensorModel> sensors)
    {
        World = world;
        Sensors = sensors;
    }

    public SimulationWorld World { get; }

    public IReadOnlyList<ISensorModel> Sensors { get; }

    public List<string> Lines { get; } = [];

    /// <summary>Truth at each step start, by Unix second and MMSI (steps are whole seconds).</summary>
    public Dictionary<(long UnixSeconds, int Mmsi), AisTruthSample> Truth { get; } = [];

    public static string ScenarioJson(long seed, double lossProbability, bool twoReceivers = true)
    {
        var loss = lossProbability.ToString("R", CultureInfo.InvariantCulture);
        var dover = $$"""{"id":"{{DoverReceiver}}","site":"centre-hmcg-dover","rangeMetres":60000,"messageLossProbability":{{loss}}}""";
        var grisNez = $$"""{"id":"{{GrisNezReceiver}}","position":{"lat":50.87,"lon":1.58},"rangeMetres":60000,"messageLossProbability":{{loss}}}""";
        var receivers = twoReceivers ? dover + "," + grisNez : dover;
        return $$$"""{"name":"t","start":"2026-11-21T20:00:00Z","durationHours":1,"seed":{{{seed}}},"sensors":{"aisReceivers":[{{{receivers}}}]}}""";
    }

    public static AisTestRun Create(string json)
    {
        var world = EmptyWorld(Scenario.Parse(json, "test"));
        foreach (var s in Ships)
        {
            var point = ChannelProjection.Project(GeoPosition.FromDegrees(s.LatitudeDegrees, s.LongitudeDegrees));
            world.Add(new SimObject("ship-" + s.Mmsi.ToString(CultureInfo.InvariantCulture), s.Kind, point.EastingMetres, point.NorthingMetres)
            {
                Mmsi = s.Mmsi,
                Ais = s.Ais,
                Name = s.Name,
                CallSign = s.CallSign,
                ShipType = s.ShipType,
                LengthMetres = s.LengthMetres,
                BeamMetres = s.BeamMetres,
                DraughtMetres = s.DraughtMetres,
                ImoNumber = s.ImoNumber,
                Destination = s.Destination,
                Behaviour = new AisTestBehaviour(s.GridCourseDegrees, s.SpeedKnots, s.TurnDegreesPerSecond),
            });
        }

        // A small boat without AIS next to the others: it must never be heard.
        var boat = ChannelProjection.Project(GeoPosition.FromDegrees(51.0, 1.5));
        world.Add(new SimObject("boat-1", ObjectKind.SmallBoat, boat.EastingMetres, boat.NorthingMetres) { Behaviour = new AisTestBehaviour(300, 4) });

        var sensors = new List<ISensorModel>();
        AisReceiverFactory.Build(world, sensors);
        return new AisTestRun(world, sensors);
    }

    /// <summary>A world with the scenario's window and calm water, and nothing in it.</summary>
    public static SimulationWorld EmptyWorld(Scenario scenario) =>
        new(scenario, SharedGeography.Value, new SeaEnvironment(0, 0, 10, 0, new TidalCurrent(0, 35, scenario.Start)));

    public static AisTestRun Run(string json, TimeSpan duration)
    {
        var run = Create(json);
        run.Step(duration);
        return run;
    }

    public static AisTestShip Ship(int mmsi) => Ships.Single(s => s.Mmsi == mmsi);

    public void Step(TimeSpan duration)
    {
        var output = new StepOutput();
        var sink = new AisRecordingSink();
        var steps = (long)Math.Round(duration.TotalSeconds / World.StepSeconds);
        for (var i = 0; i < steps; i++)
        {
            World.Commit();
            foreach (var o in World.Objects)
            {
                o.Behaviour?.Steer(o, World);
            }

            foreach (var sensor in Sensors)
            {
                sensor.Observe(World, output);
            }

            foreach (var o in World.Objects)
            {
                if (o.Mmsi is { } mmsi)
                {
                    var p = o.Position;
                    Truth[(World.Time.ToUnixTimeSeconds(), mmsi)] =
                        new AisTruthSample(p.LatitudeDegrees, p.LongitudeDegrees, o.SpeedKnots, o.CourseDegrees, o.HeadingDegrees, o.Turning, o.State);
                }
            }

            output.Flush(sink);
            foreach (var o in World.Objects)
            {
                o.Move(World.StepSeconds);
            }

            World.Time += TimeSpan.FromSeconds(World.StepSeconds);
        }

        Lines.AddRange(sink.Lines.Select(l => l.Line));
    }
}
