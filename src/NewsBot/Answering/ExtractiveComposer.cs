using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>
/// Composes an answer from retrieved sentences only, quoting them verbatim, so every statement is grounded by
/// construction.
/// <para>
/// Selection: the best passage leads if its coverage C ≥ <see cref="AnsweringOptions.MinCoverage"/>; further passages
/// join while C ≥ MinCoverage and score ≥ <see cref="AnsweringOptions.RelativeScore"/> · best score, up to
/// <see cref="AnsweringOptions.MaxStatements"/>. Each statement brings its continuation (the following sentences that
/// open with an anaphor: "They also…", "The proposed measures…") and, if it opens with one itself, its antecedent.
/// Statements are read in rank order; the sentences of one statement in article order.
/// </para>
/// </summary>
public static class ExtractiveComposer
{
    private const int MaxLinked = 2;

    private static readonly string[] AnaphoricOpeners =
    [
        "They ", "It ", "He ", "She ", "This ", "These ", "Those ", "Such ", "Its ", "Their ", "His ", "Her ", "Both ",
        "Also ", "In addition", "Moreover", "Furthermore", "At the same time", "The move ", "The measure",
    ];

    public static Answer Compose(string question, IReadOnlyList<Passage> passages, Corpus corpus, AnsweringOptions options)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);

        if (passages.Count == 0 || passages[0].Coverage < options.MinCoverage)
        {
            return Answer.NotCovered(question);
        }

        var best = passages[0].Score;
        var chosen = new List<Sentence>();
        var statements = 0;
        foreach (var passage in passages)
        {
            if (statements == options.MaxStatements || chosen.Count >= options.MaxCitations)
            {
                break;
            }

            if (passage.Coverage < options.MinCoverage || passage.Score < options.RelativeScore * best || chosen.Contains(passage.Sentence))
            {
                continue;
            }

            var statement = Statement(passage.Article, passage.Sentence).Where(s => !chosen.Contains(s)).ToList();
            chosen.AddRange(statement.Take(options.MaxCitations - chosen.Count));
            statements++;
        }

        var citations = new List<Citation>(chosen.Count);
        var text = new List<string>(chosen.Count);
        foreach (var sentence in chosen)
        {
            var article = corpus.FindArticle(sentence.ArticleId)!;
            var citation = Citation.Create(citations.Count + 1, article, sentence);
            citations.Add(citation);
            text.Add($"{Flatten(sentence.Text)} [{citation.Number}]");
        }

        return new Answer { Question = question, Text = string.Join(' ', text), Citations = citations, IsAnswered = true };
    }

    /// <summary>True when a sentence leans on the one before it ("They also impose…", "The proposed measures include…").</summary>
    public static bool IsContinuation(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        var text = sentence.Text.TrimStart('"', '“', '‘', '\'');
        if (sentence.Role != SentenceRole.Body)
        {
            return false;
        }

        if (AnaphoricOpeners.Any(o => text.StartsWith(o, StringComparison.Ordinal)))
        {
            return true;
        }

        // "The proposed measures…": a definite description of something already introduced.
        return text.StartsWith("The ", StringComparison.Ordinal) && text.Length > 4 && char.IsLower(text[4]);
    }

    private static IEnumerable<Sentence> Statement(Article article, Sentence lead)
    {
        var first = lead.Ordinal;
        while (first > 0 && lead.Ordinal - first < MaxLinked && IsContinuation(article.Sentences[first]) && article.Sentences[first - 1].Role == SentenceRole.Body)
        {
            first--;
        }

        var last = lead.Ordinal;
        while (last + 1 < article.Sentences.Count && last - lead.Ordinal < MaxLinked && IsContinuation(article.Sentences[last + 1]))
        {
            last++;
        }

        for (var i = first; i <= last; i++)
        {
            yield return article.Sentences[i];
        }
    }

    private static string Flatten(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
