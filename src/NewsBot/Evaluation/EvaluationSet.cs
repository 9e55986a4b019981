using System.Runtime.CompilerServices;
using System.Text.Json;

namespace NewsBot.Evaluation;

/// <summary>Reads questions in JSON Lines: <c>{"id", "question", "answers": [...], "gold_sentences": [...], "is_impossible"}</c>.</summary>
public static class EvaluationSet
{
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
            yield return new EvaluationQuestion
            {
                Id = root.GetProperty("id").ToString(),
                Question = root.GetProperty("question").GetString() ?? string.Empty,
                Answers = Strings(root, "answers"),
                GoldSentences = Strings(root, "gold_sentences"),
                IsImpossible = root.TryGetProperty("is_impossible", out var impossible) && impossible.ValueKind == JsonValueKind.True,
            };
        }
    }

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
}
