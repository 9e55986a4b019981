namespace NewsBot.Learning;

/// <summary>
/// One regression tree of a boosted ensemble trained with ML.NET and exported as plain data, shared by the lead model
/// (<see cref="Answering.LeadModel"/>) and the re-ranker (<see cref="Ranking.RankModel"/>): node i splits on
/// <see cref="Feature"/>[i] at <see cref="Split"/>[i]; a child ≥ 0 is a node, a child c &lt; 0 the leaf ~c (ML.NET's layout).
/// </summary>
public sealed record BoostedTree
{
    public required double Weight { get; init; }

    public required IReadOnlyList<int> Feature { get; init; }

    public required IReadOnlyList<float> Split { get; init; }

    public required IReadOnlyList<int> Left { get; init; }

    public required IReadOnlyList<int> Right { get; init; }

    public required IReadOnlyList<double> Leaves { get; init; }

    public double Leaf(ReadOnlySpan<float> x)
    {
        if (Feature.Count == 0)
        {
            return Leaves[0];
        }

        var node = 0;
        while (node >= 0)
        {
            node = x[Feature[node]] <= Split[node] ? Left[node] : Right[node];
        }

        return Leaves[~node];
    }

    /// <summary>
    /// What makes the tree unsafe to walk over <paramref name="features"/> features, or null: lists of unequal length,
    /// a feature or child out of range, or a node reached twice from the root (a cycle would never reach a leaf).
    /// </summary>
    public string? Fault(int features)
    {
        if (Feature is null || Split is null || Left is null || Right is null || Leaves is null)
        {
            return "a list of it is missing";
        }

        var nodes = Feature.Count;
        if (Split.Count != nodes || Left.Count != nodes || Right.Count != nodes)
        {
            return "its node lists differ in length";
        }

        if (Leaves.Count != nodes + 1)
        {
            return $"it has {Leaves.Count} leaves for {nodes} splits";
        }

        if (Feature.Any(f => f < 0 || f >= features))
        {
            return "a node reads a feature the model does not name";
        }

        if (nodes == 0)
        {
            return null;
        }

        var seen = new bool[nodes];
        var reached = new bool[Leaves.Count];
        var pending = new Stack<int>([0]);
        while (pending.TryPop(out var node))
        {
            if (seen[node])
            {
                return $"node {node} is reached twice";
            }

            seen[node] = true;
            foreach (var child in (ReadOnlySpan<int>)[Left[node], Right[node]])
            {
                if (child >= nodes || ~child >= Leaves.Count)
                {
                    return $"node {node} has a child out of range";
                }

                if (child >= 0)
                {
                    pending.Push(child);
                }
                else if (reached[~child])
                {
                    return $"leaf {~child} is reached twice";
                }
                else
                {
                    reached[~child] = true;
                }
            }
        }

        return null;
    }
}
