namespace NewsBot.Retrieval;

/// <summary>How keyword and vector rankings are combined.</summary>
public enum FusionMethod
{
    /// <summary>By rank: <see cref="RankFusion"/>.</summary>
    Rank,

    /// <summary>By normalised score: <see cref="ScoreFusion"/>.</summary>
    Score,
}
