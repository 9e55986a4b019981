namespace NewsBot.Answering;

/// <summary>
/// For one kind of answer (<see cref="AnswerKind"/>), whether a bold short answer is shown and how sure the lead must be
/// for it: the share of the question's terms it covers and, with embeddings on, its cosine similarity to the question.
/// </summary>
public sealed class ShortAnswerGate
{
    /// <summary>False for a kind whose short answers were not right often enough to show any.</summary>
    public bool Show { get; set; }

    public double MinCoverage { get; set; }

    public double MinSimilarity { get; set; }

    /// <summary>Whether a lead of this coverage and similarity (0 without embeddings) may show its value in bold.</summary>
    public bool Admits(double coverage, double similarity) =>
        Show && coverage >= MinCoverage && (similarity == 0 || similarity >= MinSimilarity);
}
