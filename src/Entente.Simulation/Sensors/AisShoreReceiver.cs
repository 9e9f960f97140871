using Entente.Ais.Encoders;
using Entente.Core.Projection;
using Entente.Simulation.Output;
using Entente.Simulation.Randomness;

namespace Entente.Simulation.Sensors;

/// <summary>
/// A shore AIS receiver: hears a transmission from within its range unless the message is lost, and writes what it
/// hears as tagged !AIVDM lines (<c>c:</c> the transmission's Unix second, <c>s:</c> its id) through its own sentence
/// writer, so its sequence and group counters are its own, as a real station's feed would be.
/// </summary>
internal sealed class AisShoreReceiver
{
    private readonly AisSentenceWriter _sentences = new();
    private readonly SimulationRandom _losses;

    public AisShoreReceiver(string id, ProjectedPoint point, double rangeMetres, double messageLossProbability, SimulationRandom losses)
    {
        Id = id;
        Point = point;
        RangeMetres = rangeMetres;
        MessageLossProbability = messageLossProbability;
        _losses = losses;
    }

    public string Id { get; }

    /// <summary>Where the receiver is, in the Channel projection.</summary>
    public ProjectedPoint Point { get; }

    public double RangeMetres { get; }

    public double MessageLossProbability { get; }

    /// <summary>Planar distance is close enough here: it exceeds the geodesic by under 0.08 % over the Channel.</summary>
    public bool InRange(ProjectedPoint transmitter) => Point.PlanarDistanceMetres(transmitter) <= RangeMetres;

    /// <summary>Receives one message (all its sentences, or none) sent from <paramref name="transmitter"/>.</summary>
    /// <returns>True when the message was heard.</returns>
    public bool Receive(AisBitWriter payload, char channel, DateTimeOffset time, ProjectedPoint transmitter, StepOutput output)
    {
        // Draw only for messages in range, so a ship far away does not shift this receiver's losses.
        if (!InRange(transmitter) || _losses.Chance(MessageLossProbability))
        {
            return false;
        }

        foreach (var line in _sentences.Write(payload, channel, time.ToUnixTimeSeconds(), Id))
        {
            output.AddAis(time, line);
        }

        return true;
    }
}
