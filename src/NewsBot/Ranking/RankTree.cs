namespace NewsBot.Ranking;

/// <summary>
/// One regression tree of a <see cref="RankModel"/>: node i splits on <see cref="Feature"/>[i] at <see cref="Split"/>[i];
/// a child ≥ 0 is a node, a child c &lt; 0 the leaf ~c (ML.NET's layout).
/// </summary>
public sealed record RankTree
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
}
