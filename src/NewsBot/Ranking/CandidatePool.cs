using NewsBot.Retrieval;

namespace NewsBot.Ranking;

/// <summary>The candidates of one question in the fused order, with the re-ranker's features of each (empty when not asked for).</summary>
public sealed record CandidatePool
{
    public required IReadOnlyList<Passage> Passages { get; init; }

    /// <summary>One vector of <see cref="RankFeatures.Names"/> per passage, in the same order.</summary>
    public required IReadOnlyList<float[]> Features { get; init; }
}
