using Entente.Picture.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>What <c>entente replay</c> does with each frame after the rules have run: write the alerts, and later
/// stages (incidents) beside it. Stages run in order, each seeing every frame.</summary>
internal interface IReplayStage
{
    /// <summary>Takes one frame's update: the alert changes and incident events made at it (often none), in time order.</summary>
    void Observe(PictureUpdate update);

    /// <summary>The recording has ended: no more frames.</summary>
    void Complete();
}
