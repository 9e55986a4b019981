using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsBot.Answering;

namespace NewsBot.Evaluation;

/// <summary>
/// Trains the <see cref="LeadModel"/>: an ML.NET FastTree binary classifier of "the answer composed from the hand
/// rules' lead cites a gold sentence" over the rules' leads among the <see cref="FeatureRow"/>s, single-threaded with a fixed seed so the same rows give the same trees, each set
/// weighted equally (a set's rows weigh N / (S · Nₛ)), exported as plain trees and checked against ML.NET's own
/// probabilities.
/// <para>
/// The model checks the hand rules' lead: a question is answered iff the rules answer it and their lead has P ≥ t
/// (<see cref="Decide"/>); t is the highest at which no training set loses more than <see cref="MaxGoldLoss"/> of its
/// questions answered citing gold, so every decline it adds is one the training sets could afford. Held-out
/// figures come from leaving each set out in turn: trees and threshold learned on the others, judged on it.
/// </para>
/// </summary>
public static class LeadTrainer
{
    public const int DefaultSeed = 1;

    public const int Trees = 30;

    public const int Leaves = 4;

    public const int MinLeafRows = 50;

    public const double LearningRate = 0.1;

    /// <summary>A training set may lose at most this share of its questions answered citing gold to the model's vetoes.</summary>
    public const double MaxGoldLoss = 0.02;

    /// <summary>
    /// The features the model reads: the evidence and premise signals and the candidate's standing among the others.
    /// Those that say more about which set a question comes from than about the answer (the lengths of question and
    /// sentence, its position and role, the kind asked, negation, continuation) are left out: with them the mean
    /// held-out share of questions handled rightly fell from 0.471 to 0.460.
    /// </summary>
    public static readonly IReadOnlyList<string> ModelFeatures =
    [
        "coverage", "similarity", "date_match", "type_holds", "offers_value", "names_held", "polarity_held", "opposes",
        "evidence", "rank", "score_ratio", "score_margin", "coverage_gap", "similarity_gap", "sentence_names",
        "sentence_entities", "other_entities", "value_found", "rules_lead",
    ];

    /// <summary>Trees and threshold learned from <paramref name="rows"/>.</summary>
    public static LeadModel Train(IReadOnlyList<FeatureRow> rows, int seed = DefaultSeed, string? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(rows);

        // The model checks the rules' lead, so it learns from the rules' leads: was the answer composed from it right?
        rows = rows.Where(r => r.RulesLead).ToList();
        var width = ModelFeatures.Count;
        var columns = ModelFeatures.Select(LeadFeatures.IndexOf).ToArray();
        var sets = rows.GroupBy(r => r.Set, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var examples = rows.Select(r => new Example
        {
            Label = r.AnswerGold && !r.Impossible,
            All = r.Features,
            Features = columns.Select(c => r.Features[c]).ToArray(),
            Weight = (float)rows.Count / (sets.Count * sets[r.Set]),
        }).ToList();

        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var data = ml.Data.LoadFromEnumerable(examples, schema);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = Trees,
            NumberOfLeaves = Leaves,
            MinimumExampleCountPerLeaf = MinLeafRows,
            LearningRate = LearningRate,
            NumberOfThreads = 1,
            Seed = seed,
            ExampleWeightColumnName = nameof(Example.Weight),
        });
        var transformer = trainer.Fit(data);
        var untuned = Export(transformer.Model, threshold: 0.5, provenance);
        Verify(untuned, ml, transformer.Transform(data), examples);
        return untuned with { Threshold = ChooseThreshold(untuned, rows) };
    }

    /// <summary>
    /// For each question of <paramref name="rows"/>: whether it is unanswerable and, when answered, whether the answer
    /// cites gold, where the hand rules' lead is kept only if its P ≥ <paramref name="threshold"/>.
    /// </summary>
    public static IEnumerable<(string Set, bool Impossible, bool? LeadIsGold)> Decide(LeadModel model, IEnumerable<FeatureRow> rows, double threshold)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rows);

        return rows.GroupBy(r => (r.Set, r.QuestionId))
            .Select(q => (q.Key.Set, q.First().Impossible, q.FirstOrDefault(r => r.RulesLead) is { } lead && model.Probability(lead.Features) >= threshold ? lead.AnswerGold : (bool?)null));
    }

    /// <summary>The hand rules' decisions, as the rows record them.</summary>
    public static IEnumerable<(string Set, bool Impossible, bool? LeadIsGold)> DecideByRules(IEnumerable<FeatureRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        return rows.GroupBy(r => (r.Set, r.QuestionId))
            .Select(q => (q.Key.Set, q.First().Impossible, q.FirstOrDefault(r => r.RulesLead) is { } lead ? lead.AnswerGold : (bool?)null));
    }

    /// <summary>Per set, the figures of a list of decisions.</summary>
    public static IReadOnlyDictionary<string, DecisionFigures> BySet(IEnumerable<(string Set, bool Impossible, bool? LeadIsGold)> decisions) =>
        decisions.GroupBy(d => d.Set, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => DecisionFigures.Of(g.Select(d => (d.Impossible, d.LeadIsGold))), StringComparer.Ordinal);

    /// <summary>
    /// The highest threshold at which no set of <paramref name="rows"/> loses more than <see cref="MaxGoldLoss"/> of its
    /// questions answered citing gold against the hand rules, halfway between the least lead probability it keeps and
    /// the next lower one.
    /// </summary>
    public static double ChooseThreshold(LeadModel model, IReadOnlyList<FeatureRow> rows)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rows);

        var sets = rows.GroupBy(r => r.Set, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var rules = sets.Select(set => BySet(DecideByRules(set)).Single().Value.AnsweredWithGold).ToList();
        var leads = rows.Where(r => r.RulesLead).Select(r => model.Probability(r.Features)).Distinct().Order().ToList();
        var highest = leads.Prepend(0).Where(t => sets.Select((set, i) => BySet(Decide(model, set, t)).Single().Value.AnsweredWithGold >= rules[i] - MaxGoldLoss - 1e-12 || double.IsNaN(rules[i])).All(ok => ok)).Max();
        var below = leads.Where(p => p < highest).DefaultIfEmpty(0).Max();
        return (highest + below) / 2;
    }

    private static LeadModel Export(CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> model, double threshold, string? provenance)
    {
        var ensemble = model.SubModel.TrainedTreeEnsemble;
        return new LeadModel
        {
            Features = ModelFeatures,
            Bias = ensemble.Bias,
            PlattSlope = model.Calibrator.Slope,
            PlattOffset = model.Calibrator.Offset,
            Threshold = threshold,
            Provenance = provenance,
            Trees = TreeExport.Trees(ensemble),
        };
    }

    /// <summary>The exported trees must give ML.NET's own probabilities, or the bot would not run the model it was trained as.</summary>
    private static void Verify(LeadModel exported, MLContext ml, IDataView scored, List<Example> examples)
    {
        var probabilities = ml.Data.CreateEnumerable<Scored>(scored, reuseRowObject: false).Select(s => s.Probability).ToList();
        var worst = examples.Select((e, i) => Math.Abs(exported.Probability(e.All) - probabilities[i])).DefaultIfEmpty(0).Max();
        if (worst > 1e-4)
        {
            throw new InvalidOperationException($"The exported trees differ from ML.NET's model by up to {worst:G3} in probability.");
        }
    }

    private sealed class Example
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];

        /// <summary>Every feature, as the bot's model reads them.</summary>
        [NoColumn]
        public float[] All { get; set; } = [];

        public float Weight { get; set; }
    }

    private sealed class Scored
    {
        public float Probability { get; set; }
    }
}
