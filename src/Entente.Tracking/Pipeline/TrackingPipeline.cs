using System.Globalization;
using Entente.Tracking.Association;
using Entente.Tracking.Classification;
using Entente.Tracking.Deleters;
using Entente.Tracking.Fusion;
using Entente.Tracking.Gaters;
using Entente.Tracking.Hypothesisers;
using Entente.Tracking.Initiators;
using Entente.Tracking.Models;
using Entente.Tracking.Predictors;
using Entente.Tracking.Trackers;
using Entente.Tracking.Updaters;

namespace Entente.Tracking.Pipeline;

/// <summary>
/// Composes a tracker from <see cref="TrackingPipelineOptions"/>: one component per role, chosen by name, each with its
/// own settings, and describes what it composed.
/// </summary>
public static class TrackingPipeline
{
    /// <summary>The names each role accepts.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["motion"] = ["cv", "imm"],
        ["gater"] = ["spatial-grid", "all-pairs"],
        ["associator"] = ["gnn", "greedy"],
        ["initiator"] = ["m-of-n", "single-point"],
        ["deleter"] = ["update-time", "covariance"],
        ["classifier"] = ["evidence", "ais-only"],
    };

    /// <summary>Builds a tracker.</summary>
    /// <param name="options">The pipeline's settings; the standard pipeline when null.</param>
    /// <returns>A new tracker.</returns>
    /// <exception cref="ArgumentException">A role names a component that does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static MultiTargetTracker Build(TrackingPipelineOptions? options = null)
    {
        options ??= new TrackingPipelineOptions();
        Check(options);
        var (predictor, updater) = Motion(options);
        var parts = new TrackerComponents(
            predictor,
            updater,
            options.Gater == "all-pairs" ? new AllPairsGater(options.DistanceGate) : new SpatialGridGater(options.DistanceGate),
            new LikelihoodHypothesiser(predictor, updater, options.Hypothesiser),
            options.Associator == "greedy" ? new GreedyNearestNeighbour() : new GlobalNearestNeighbour(),
            options.Initiator == "single-point" ? new SinglePointInitiator(options.MOfN) : new MOfNInitiator(options.MOfN),
            options.Deleter == "covariance" ? new CovarianceDeleter(predictor, options.Covariance) : new UpdateTimeDeleter(options.UpdateTime),
            new AisIdentityFusion(options.Identity),
            options.Classifier == "ais-only" ? new AisOnlyClassifier() : new EvidenceClassifier(options.Evidence));
        return new MultiTargetTracker(parts, options.Tracker);
    }

    /// <summary>Describes the pipeline that <see cref="Build"/> would compose.</summary>
    /// <param name="options">The pipeline's settings; the standard pipeline when null.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentException">A role names a component that does not exist.</exception>
    public static PipelineDescription Describe(TrackingPipelineOptions? options = null)
    {
        options ??= new TrackingPipelineOptions();
        Check(options);
        var tracker = Build(options);
        var parts = tracker.Components;
        return new PipelineDescription(
        [
            Component("predictor", options.Motion, parts.Predictor, options.Motion == "imm" ? options.Imm : new { options.ProcessNoiseDensity }),
            Component("updater", options.Motion == "imm" ? "imm-extended-kalman" : "extended-kalman", parts.Updater, null),
            Component("gater", options.Gater, parts.Gater, options.DistanceGate),
            Component("hypothesiser", "likelihood", parts.Hypothesiser, options.Hypothesiser),
            Component("associator", options.Associator, parts.Associator, null),
            Component("initiator", options.Initiator, parts.Initiator, options.MOfN),
            Component("deleter", options.Deleter, parts.Deleter, options.Deleter == "covariance" ? options.Covariance : options.UpdateTime),
            Component("identity", "ais-identity", parts.Identity, options.Identity),
            Component("classifier", options.Classifier, parts.Classifier, options.Classifier == "evidence" ? options.Evidence : null),
            Component("tracker", "multi-target", tracker, options.Tracker),
        ]);
    }

    private static (IPredictor Predictor, IUpdater Updater) Motion(TrackingPipelineOptions options)
    {
        if (options.Motion == "imm")
        {
            options.Imm.Validate();
            return (ImmPredictor.FromOptions(options.Imm), new ImmUpdater());
        }

        return (new KalmanPredictor(new ConstantVelocityModel(options.ProcessNoiseDensity)), new KalmanUpdater());
    }

    private static void Check(TrackingPipelineOptions options)
    {
        foreach (var (role, value) in new[]
        {
            ("motion", options.Motion), ("gater", options.Gater), ("associator", options.Associator),
            ("initiator", options.Initiator), ("deleter", options.Deleter), ("classifier", options.Classifier),
        })
        {
            if (!Choices[role].Contains(value))
            {
                throw new ArgumentException($"Tracking {role} '{value}' does not exist; choose one of {string.Join(", ", Choices[role])}.", nameof(options));
            }
        }
    }

    private static ComponentDescription Component(string role, string name, object component, object? settings)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (settings is not null)
        {
            foreach (var property in settings.GetType().GetProperties())
            {
                pairs.Add(new(property.Name, Format(property.GetValue(settings))));
            }
        }

        return new ComponentDescription(role, name, component.GetType().Name, pairs);
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        TimeSpan span => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
