using Microsoft.ML.Trainers.FastTree;
using NewsBot.Learning;

namespace NewsBot.Evaluation;

/// <summary>ML.NET's trained trees as the plain <see cref="BoostedTree"/>s the bot evaluates without ML.NET.</summary>
internal static class TreeExport
{
    public static List<BoostedTree> Trees(RegressionTreeEnsemble ensemble) =>
        ensemble.Trees.Select((tree, i) => new BoostedTree
        {
            Weight = ensemble.TreeWeights[i],
            Feature = tree.NumericalSplitFeatureIndexes.ToArray(),
            Split = tree.NumericalSplitThresholds.ToArray(),
            Left = tree.LeftChild.ToArray(),
            Right = tree.RightChild.ToArray(),
            Leaves = tree.LeafValues.ToArray(),
        }).ToList();
}
