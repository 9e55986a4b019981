using System.Text.Json;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// An article as a store keeps it on disk, one JSON line each: its metadata, its text once, and each sentence as four
/// numbers (paragraph, start, length, role) that locate it in that text, so a store opens without its sources.
/// </summary>
internal sealed record StoredArticle
{
    public required string Id { get; init; }

    public required string Hash { get; init; }

    public required string Headline { get; init; }

    public string? Standfirst { get; init; }

    public Dateline? Dateline { get; init; }

    public string? Source { get; init; }

    public DateOnly? Date { get; init; }

    public string? Byline { get; init; }

    public Uri? Url { get; init; }

    public required string Origin { get; init; }

    public IReadOnlyList<string> AlsoIn { get; init; } = [];

    public required string Text { get; init; }

    /// <summary>Four numbers a sentence, in order: paragraph, start, length, role.</summary>
    public required int[] Sentences { get; init; }

    public static StoredArticle From(Article article, string hash)
    {
        ArgumentNullException.ThrowIfNull(article);

        var sentences = new int[article.Sentences.Count * 4];
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            var sentence = article.Sentences[i];
            sentences[i * 4] = sentence.Paragraph;
            sentences[(i * 4) + 1] = sentence.Start;
            sentences[(i * 4) + 2] = sentence.Length;
            sentences[(i * 4) + 3] = (int)sentence.Role;
        }

        return new StoredArticle
        {
            Id = article.Id,
            Hash = hash,
            Headline = article.Headline,
            Standfirst = article.Standfirst,
            Dateline = article.Dateline,
            Source = article.Source,
            Date = article.Date,
            Byline = article.Byline,
            Url = article.Url,
            Origin = article.Origin,
            AlsoIn = article.AlsoIn,
            Text = article.Text,
            Sentences = sentences,
        };
    }

    public Article ToArticle()
    {
        var sentences = new Sentence[Sentences.Length / 4];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = new Sentence
            {
                ArticleId = Id,
                Ordinal = i,
                Paragraph = Sentences[i * 4],
                Start = Sentences[(i * 4) + 1],
                Length = Sentences[(i * 4) + 2],
                Role = (SentenceRole)Sentences[(i * 4) + 3],
                Source = Text,
            };
        }

        return new Article
        {
            Id = Id,
            Headline = Headline,
            Standfirst = Standfirst,
            Dateline = Dateline,
            Source = Source,
            Date = Date,
            Byline = Byline,
            Url = Url,
            Origin = Origin,
            AlsoIn = AlsoIn,
            Text = Text,
            Sentences = sentences,
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static StoredArticle FromJson(string json) =>
        JsonSerializer.Deserialize<StoredArticle>(json) ?? throw new InvalidDataException("A stored article is empty.");
}
