namespace NewsBot.Evaluation;

/// <summary>A question with its gold answers, read from an evaluation set.</summary>
public sealed record EvaluationQuestion
{
    public required string Id { get; init; }

    public required string Question { get; init; }

    /// <summary>Gold answer strings; any one found in a sentence makes the sentence supporting.</summary>
    public IReadOnlyList<string> Answers { get; init; } = [];

    /// <summary>Sentences a person marked as answering, where the set has them.</summary>
    public IReadOnlyList<string> GoldSentences { get; init; } = [];

    /// <summary>True when the coverage does not answer the question; the right reply is to say so.</summary>
    public bool IsImpossible { get; init; }

    /// <summary>The kind of question, where the set labels it ("date", "alias", "two-article", …); figures are also given per kind.</summary>
    public string? Kind { get; init; }

    /// <summary>
    /// True when every gold answer is a separate part of the answer that must be cited (a question whose parts are held
    /// by different articles), rather than any one of them counting.
    /// </summary>
    public bool NeedsEveryAnswer { get; init; }

    /// <summary>Gold sentences named by position (<c>"gold_spans"</c>); <see cref="EvaluationSet.WithSpansRead"/> reads them into <see cref="GoldSentences"/>.</summary>
    public IReadOnlyList<ArticleSpan> GoldSpans { get; init; } = [];

    /// <summary>Gold answers named by position (<c>"answer_spans"</c>); <see cref="EvaluationSet.WithSpansRead"/> reads them into <see cref="Answers"/>.</summary>
    public IReadOnlyList<ArticleSpan> AnswerSpans { get; init; } = [];

    /// <summary>The articles the question was written against, where the set says.</summary>
    public IReadOnlyList<string> ArticleIds { get; init; } = [];
}
