using Entente.Tracking.Association;
using Entente.Tracking.Classification;
using Entente.Tracking.Deleters;
using Entente.Tracking.Fusion;
using Entente.Tracking.Gaters;
using Entente.Tracking.Hypothesisers;
using Entente.Tracking.Initiators;
using Entente.Tracking.Predictors;
using Entente.Tracking.Updaters;

namespace Entente.Tracking.Trackers;

/// <summary>The parts a <see cref="MultiTargetTracker"/> is composed of, one per role.</summary>
/// <param name="Predictor">Carries estimates in time.</param>
/// <param name="Updater">Corrects them with detections.</param>
/// <param name="Gater">Finds the track–detection pairs near enough to test.</param>
/// <param name="Hypothesiser">Tests and costs each pair.</param>
/// <param name="Associator">Chooses among the pairs.</param>
/// <param name="Initiator">Starts and confirms tracks.</param>
/// <param name="Deleter">Coasts and ends them.</param>
/// <param name="Identity">Ties AIS identities to tracks.</param>
/// <param name="Classifier">Says what each track is.</param>
/// <remarks>This type is immutable; the components it holds may not be.</remarks>
public sealed record TrackerComponents(
    IPredictor Predictor,
    IUpdater Updater,
    ICandidateGater Gater,
    IHypothesiser Hypothesiser,
    IDataAssociator Associator,
    IInitiator Initiator,
    IDeleter Deleter,
    AisIdentityFusion Identity,
    ITrackClassifier Classifier);
