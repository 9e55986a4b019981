using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsBot.Ranking;

namespace NewsBot.Evaluation;

/// <summary>
/// Trains the <see cref="RankModel"/>: ML.NET FastTree with the LambdaRank objective (NDCG over each question's pool,
/// label 1 for a gold sentence, 0 otherwise) over the <see cref="RankRow"/>s of the questions whose pool holds gold,
/// single-threaded with a fixed seed so the same rows give the same trees, exported as plain trees and checked against
/// ML.NET's own scores. Held-out figures come from leaving each set out in turn.
/// </summary>
public static class RankTrainer
{
    public const int DefaultSeed = 1;


    /// <summary>
    /// The features the model reads by default. The sentence's length, position, ordinal and role say which set a
    /// question comes from more than whether the sentence answers it (squad2's paragraphs are short, realtimeqa's pieces
    /// long): without them newsdesk-dev's held-out support@5 rose from 0.817 to 0.850. The two searches' own ranks add
    /// nothing the score ratios do not hold, and without them support@3 rose 0.767 → 0.800.
    /// </summary>
    public static readonly IReadOnlyList<string> ModelFeatures = RankFeatures.Names
        .Except(["length", "ordinal", "position", "role", "keyword_rank", "vector_rank"], StringComparer.Ordinal)
        .ToList();

    /// <summary>The ensemble's shape: few, small trees, since four sets of a few hundred questions each are little data.</summary>
    public sealed record Shape
    {
        public int Trees { get; init; } = 100;

        public int Leaves { get; init; } = 6;

        public int MinLeafRows { get; init; } = 20;

        public double LearningRate { get; init; } = 0.1;

        public override string ToString() => FormattableString.Invariant($"{Trees} trees of {Leaves} leaves, at least {MinLeafRows} rows a leaf, learning rate {LearningRate}");
    }

    /// <summary>Trees learned from <paramref name="rows"/>, reading <paramref name="features"/> (default: every one).</summary>
    public static RankModel Train(IReadOnlyList<RankRow> rows, Shape? shape = null, IReadOnlyList<string>? features = null, int seed = DefaultSeed, string? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(rows);

        shape ??= new Shape();
        features ??= ModelFeatures;
        var columns = features.Select(RankFeatures.IndexOf).ToArray();

        // A pool without gold teaches a ranking nothing; LambdaRank needs each question's rows together.
        var learnable = rows.GroupBy(r => (r.Set, r.QuestionId)).Where(g => g.Any(r => r.Label)).ToList();
        var examples = learnable.SelectMany(g => g.OrderBy(r => r.Candidate).Select(r => new Example
        {
            Label = r.Label ? 1 : 0,
            Group = $"{g.Key.Set}\u001f{g.Key.QuestionId}",
            Features = columns.Select(c => r.Features[c]).ToArray(),
            All = r.Features,
        })).ToList();
        if (examples.Count == 0)
        {
            throw new InvalidOperationException("No question's pool holds a gold sentence: nothing to learn from.");
        }

        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, columns.Length);
        var data = ml.Data.LoadFromEnumerable(examples, schema);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("GroupId", nameof(Example.Group))
            .Append(ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
            {
                LabelColumnName = nameof(Example.Label),
                FeatureColumnName = nameof(Example.Features),
                RowGroupColumnName = "GroupId",
                NumberOfTrees = shape.Trees,
                NumberOfLeaves = shape.Leaves,
                MinimumExampleCountPerLeaf = shape.MinLeafRows,
                LearningRate = shape.LearningRate,
                NumberOfThreads = 1,
                Seed = seed,
            }));
        var fitted = pipeline.Fit(data);
        var exported = Export(fitted.LastTransformer.Model, features, provenance);
        Verify(exported, ml, fitted.Transform(data), examples);
        return exported;
    }

    /// <summary>
    /// For each answerable question of <paramref name="rows"/>: its set, kind and the zero-based position of its first
    /// gold sentence in the pool's fused order and in the model's order (null when the pool holds none).
    /// </summary>
    public static IEnumerable<(string Set, string Kind, int? Before, int? After)> Ranks(RankModel? model, IEnumerable<RankRow> rows, int keep = Reranker.DefaultKeep)
    {
        ArgumentNullException.ThrowIfNull(rows);

        foreach (var question in rows.Where(r => !r.Impossible).GroupBy(r => (r.Set, r.QuestionId)))
        {
            var pool = question.OrderBy(r => r.Candidate).ToList();
            var before = pool.FindIndex(r => r.Label);
            var order = model is null ? Enumerable.Range(0, pool.Count).ToArray() : Reranker.Order(model, pool.Select(r => r.Features).ToList(), keep);
            var after = Array.FindIndex(order, i => pool[i].Label);
            yield return (question.Key.Set, pool[0].Kind, before >= 0 ? before : null, after >= 0 ? after : null);
        }
    }

    private static RankModel Export(FastTreeRankingModelParameters model, IReadOnlyList<string> features, string? provenance)
    {
        var ensemble = model.TrainedTreeEnsemble;
        return new RankModel
        {
            Features = features,
            Bias = ensemble.Bias,
            Provenance = provenance,
            Trees = TreeExport.Trees(ensemble),
        };
    }

    /// <summary>The exported trees must give ML.NET's own scores, or the bot would not run the model it was trained as.</summary>
    private static void Verify(RankModel exported, MLContext ml, IDataView scored, List<Example> examples)
    {
        var scores = ml.Data.CreateEnumerable<Scored>(scored, reuseRowObject: false).Select(s => s.Score).ToList();
        var worst = examples.Select((e, i) => Math.Abs(exported.Score(e.All) - scores[i]) / Math.Max(1, Math.Abs(scores[i]))).DefaultIfEmpty(0).Max();
        if (worst > 1e-4)
        {
            throw new InvalidOperationException($"The exported trees differ from ML.NET's model by up to {worst:G3} in score.");
        }
    }

    private sealed class Example
    {
        public float Label { get; set; }

        public string Group { get; set; } = string.Empty;

        public float[] Features { get; set; } = [];

        /// <summary>Every feature, as the bot's model reads them.</summary>
        [NoColumn]
        public float[] All { get; set; } = [];
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
