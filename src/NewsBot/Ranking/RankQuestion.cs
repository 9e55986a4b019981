namespace NewsBot.Ranking;

/// <summary>What the features read from the question: its terms' weights, its names' terms, and whether it asks for a value.</summary>
public sealed record RankQuestion
{
    /// <summary>Each analysed question term with its weight (idf, background terms less).</summary>
    public required IReadOnlyDictionary<string, double> Weights { get; init; }

    /// <summary>The analysed terms of the capitalised words after the first (the names it asks about).</summary>
    public required IReadOnlySet<string> Names { get; init; }

    /// <summary>It asks when, how many, how much, how long or what year.</summary>
    public bool AsksValue { get; init; }
}
