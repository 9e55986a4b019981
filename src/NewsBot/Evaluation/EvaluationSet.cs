using System.Runtime.CompilerServices;
using System.Text.Json;

namespace NewsBot.Evaluation;

/// <summary>
/// Reads questions in JSON Lines: <c>{"id", "question", "answers": [...], "gold_sentences": [...], "is_impossible", "kind"}</c>.
/// A set may name its gold by position instead of quoting it: <c>"gold_spans"</c> and <c>"answer_spans"</c>, each a
/// list of <c>{"article_id", "start", "end", "check"}</c> (<see cref="ArticleSpan"/>), read against the corpus by
/// <see cref="WithSpansRead"/>.
/// </summary>
public static class EvaluationSet
{
    /// <summary>The kind whose answers are parts held by different articles, each of which must be cited.</summary>
    public const string MultiPartKind = "two-article";

    public static async IAsyncEnumerable<EvaluationQuestion> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        using var reader = new StreamReader(path);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var kind = root.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            yield return new EvaluationQuestion
            {
                Id = root.GetProperty("id").ToString(),
                Question = root.GetProperty("question").GetString() ?? string.Empty,
                Answers = Strings(root, "answers"),
                GoldSentences = Strings(root, "gold_sentences"),
                GoldSpans = Spans(root, "gold_spans"),
                AnswerSpans = Spans(root, "answer_spans"),
                IsImpossible = root.TryGetProperty("is_impossible", out var impossible) && impossible.ValueKind == JsonValueKind.True,
                Kind = kind,
                NeedsEveryAnswer = kind == MultiPartKind,
                ArticleIds = Strings(root, "all_article_ids") is { Count: > 0 } all ? all
                    : root.TryGetProperty("article_id", out var article) && article.ValueKind == JsonValueKind.String ? [article.GetString()!] : [],
            };
        }
    }

    /// <summary>
    /// The questions with every span read from its article's text into <see cref="EvaluationQuestion.GoldSentences"/>
    /// and <see cref="EvaluationQuestion.Answers"/> (after any quoted ones).
    /// </summary>
    /// <param name="articleText">An article's text by id, or null when the corpus has no such article.</param>
    /// <exception cref="InvalidDataException">A span names an article the corpus lacks, or text it does not hold; the message names the question.</exception>
    public static IReadOnlyList<EvaluationQuestion> WithSpansRead(IReadOnlyList<EvaluationQuestion> questions, Func<string, string?> articleText)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(articleText);

        return questions.Select(q => q.GoldSpans.Count == 0 && q.AnswerSpans.Count == 0 ? q : q with
        {
            GoldSentences = [.. q.GoldSentences, .. q.GoldSpans.Select(s => Read(q, s, articleText))],
            Answers = [.. q.Answers, .. q.AnswerSpans.Select(s => Read(q, s, articleText))],
        }).ToList();
    }

    private static string Read(EvaluationQuestion question, ArticleSpan span, Func<string, string?> articleText)
    {
        var (text, error) = articleText(span.ArticleId) is { } article ? span.Read(article) : (null, $"the corpus has no article {span.ArticleId}");
        return text ?? throw new InvalidDataException($"question {question.Id}: {error}");
    }

    private static List<ArticleSpan> Spans(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => new ArticleSpan(
                e.GetProperty("article_id").GetString() ?? string.Empty,
                e.GetProperty("start").GetInt32(),
                e.GetProperty("end").GetInt32(),
                e.TryGetProperty("check", out var check) && check.ValueKind == JsonValueKind.String ? check.GetString() : null)).ToList()
            : [];

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
}
