using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsBot.Evaluation;
using NewsBot.Ranking;

namespace NewsBot.Tests.Evaluation;

public sealed class RankTrainerTests
{
    private static readonly int Context = RankFeatures.IndexOf("context_coverage");

    private static readonly float[] ProbedContexts = [0.1f, 0.5f, 0.65f, 0.75f, 0.95f];

    /// <summary>
    /// Pools of eight candidates with random features; the gold one (one a question) holds the most context coverage,
    /// and sits at a random place in the fused order, so ordering by context coverage finds it and the fused order does not.
    /// </summary>
    internal static List<RankRow> Rows(string set, int questions, int seed)
    {
        var random = new Random(seed);
        var rows = new List<RankRow>();
        for (var q = 0; q < questions; q++)
        {
            var gold = random.Next(8);
            for (var c = 0; c < 8; c++)
            {
                var features = Enumerable.Range(0, RankFeatures.Names.Count).Select(_ => (float)random.NextDouble()).ToArray();
                features[Context] = c == gold ? 0.7f + (0.3f * (float)random.NextDouble()) : 0.6f * (float)random.NextDouble();
                rows.Add(new RankRow { Set = set, QuestionId = q.ToString(CultureInfo.InvariantCulture), Impossible = false, Kind = string.Empty, Candidate = c, Label = c == gold, Features = features });
            }
        }

        return rows;
    }

    [Fact]
    public void Train_LabelThatFollowsOneFeature_RanksHeldOutGoldFirst()
    {
        var training = Rows("a", 120, 1).Concat(Rows("b", 120, 2)).ToList();

        var model = RankTrainer.Train(training, new RankTrainer.Shape { Trees = 20, Leaves = 4, MinLeafRows = 10 });

        var ranks = RankTrainer.Ranks(model, Rows("c", 60, 3), keep: 0).ToList();
        Assert.True(ranks.Count(r => r.Before == 0) < 20, "the fused order should not find the gold first");
        Assert.True(ranks.Count(r => r.After == 0) >= 55, $"gold first for {ranks.Count(r => r.After == 0)} of 60");
    }

    [Fact]
    public void Train_ExportedTrees_ScoreFixedRowsAsMlNetScoresThem()
    {
        var training = Rows("a", 80, 4);
        var shape = new RankTrainer.Shape { Trees = 15, Leaves = 4, MinLeafRows = 10 };
        var features = RankFeatures.Names;

        var exported = RankTrainer.Train(training, shape, features, seed: 7);

        // The same rows, options and seed through ML.NET directly, then the scores it gives a few fixed rows.
        var ml = new MLContext(7);
        var examples = training.Select(r => new Example { Label = r.Label ? 1 : 0, Group = r.QuestionId, Features = r.Features }).ToList();
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Count);
        var fitted = ml.Transforms.Conversion.MapValueToKey("GroupId", nameof(Example.Group))
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
                Seed = 7,
            }))
            .Fit(ml.Data.LoadFromEnumerable(examples, schema));
        var probe = new Random(9);
        var fixedRows = ProbedContexts.Select(context =>
        {
            var row = Enumerable.Range(0, features.Count).Select(_ => (float)probe.NextDouble()).ToArray();
            row[Context] = context;
            return row;
        }).ToList();
        var scored = ml.Data.CreateEnumerable<Scored>(fitted.Transform(ml.Data.LoadFromEnumerable(fixedRows.Select(f => new Example { Group = "0", Features = f }), schema)), reuseRowObject: false).ToList();

        for (var i = 0; i < fixedRows.Count; i++)
        {
            Assert.Equal(scored[i].Score, exported.Score(fixedRows[i]), 4);
        }

        Assert.True(scored.Select(s => s.Score).Distinct().Count() > 1, "the fixed rows should score differently");
    }

    [Fact]
    public void Train_SameRowsAndSeed_WritesTheSameModelByteForByte()
    {
        var rows = Rows("a", 60, 5);
        var shape = new RankTrainer.Shape { Trees = 10, Leaves = 4, MinLeafRows = 10 };

        Assert.Equal(RankTrainer.Train(rows, shape).ToJson(), RankTrainer.Train(rows, shape).ToJson());
    }

    private sealed class Example
    {
        public float Label { get; set; }

        public string Group { get; set; } = string.Empty;

        public float[] Features { get; set; } = [];
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
