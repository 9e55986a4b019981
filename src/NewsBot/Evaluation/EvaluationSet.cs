using System.Runtime.CompilerServices;
using System.Text.Json;

namespace NewsBot.Evaluation;

/// <summary>Reads questions in JSON Lines: <c>{"id", "question", "answers": [...], "gold_sentences": [...], "is_impossible", "kind"}</c>.</summary>
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
                IsImpossible = root.TryGetProperty("is_impossible", out var impossible) && impossible.ValueKind == JsonValueKind.True,
                Kind = kind,
                NeedsEveryAnswer = kind == MultiPartKind,
                ArticleIds = Strings(root, "all_article_ids") is { Count: > 0 } all ? all
                    : root.TryGetProperty("article_id", out var article) && article.ValueKind == JsonValueKind.String ? [article.GetString()!] : [],
            };
        }
    }

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
}
