using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Evaluation;

/// <summary>
/// Builds a corpus of any size from smaller ones, for benchmarks. The source records (JSON Lines in the corpus format,
/// corpus after corpus) are cycled until there are enough:
/// <code>
///   record i = copy(⌊i / m⌋) of source[i mod m],   0 ≤ i &lt; count,   m = number of source records
///   copy(0) = the record exactly as written
///   copy(k) = id "{id}~{k}", text + "\n\n(Copy k of this report, kept for scale testing.)"   (k ≥ 1)
/// </code>
/// The closing sentence makes every copy's text differ from its original's and from the other copies', so the
/// ingestion's word-for-word duplicate check (<see cref="Ingestion.ArticleFingerprint"/>) keeps them all; only sources
/// that already repeat each other collapse, in every pass alike. A record that is not an object with a string id and
/// text is repeated as it is, and is skipped by the ingestion each time, as its original is.
/// </summary>
public static class ScaledCorpus
{
    /// <summary>Names what the generated records look like; changed whenever <see cref="Copy"/> changes.</summary>
    public const string Format = "scaled-corpus-v1";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The first <paramref name="count"/> records of the endless cycle through <paramref name="corpora"/>; blank lines are left out.</summary>
    public static IEnumerable<string> Generate(IEnumerable<IEnumerable<string>> corpora, int count)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var records = corpora.SelectMany(c => c).Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        if (records.Count == 0 && count > 0)
        {
            throw new ArgumentException("The source corpora hold no records.", nameof(corpora));
        }

        return Cycle(records, count);
    }

    /// <summary>Copy <paramref name="copy"/> (≥ 1) of a record: a new id and one closing sentence (also added to a given sentence split).</summary>
    public static string Copy(string record, int copy)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfLessThan(copy, 1);

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(record);
        }
        catch (JsonException)
        {
            return record;
        }

        if (node is not JsonObject article
            || article["id"] is not JsonValue id || !id.TryGetValue<string>(out var idText)
            || article["text"] is not JsonValue text || !text.TryGetValue<string>(out var body))
        {
            return record;
        }

        var closing = string.Create(CultureInfo.InvariantCulture, $"(Copy {copy} of this report, kept for scale testing.)");
        article["id"] = string.Create(CultureInfo.InvariantCulture, $"{idText}~{copy}");
        article["text"] = $"{body.TrimEnd()}\n\n{closing}";
        if (article["sentences"] is JsonArray sentences)
        {
            sentences.Add(closing);
        }

        return article.ToJsonString(Json);
    }

    private static IEnumerable<string> Cycle(List<string> records, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var copy = i / records.Count;
            var record = records[i % records.Count];
            yield return copy == 0 ? record : Copy(record, copy);
        }
    }
}
