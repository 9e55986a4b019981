namespace NewsBot.Ingestion;

/// <summary>An ingested article: its metadata, its original text and its sentences located in that text.</summary>
public sealed record Article
{
    /// <summary>Stable id: the file name without extension for files, the record id for corpora.</summary>
    public required string Id { get; init; }

    public required string Headline { get; init; }

    public string? Standfirst { get; init; }

    public Dateline? Dateline { get; init; }

    /// <summary>Publisher or agency (e.g. TASS), when known.</summary>
    public string? Source { get; init; }

    /// <summary>Publication date, from metadata, the dateline, or the dateline completed with a year from the text.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The writer(s) named by the page or its metadata, when known.</summary>
    public string? Byline { get; init; }

    /// <summary>The article's address; only <c>http</c> and <c>https</c> are kept (<see cref="ArticleUrl"/>).</summary>
    public Uri? Url { get; init => field = ArticleUrl.Safe(value); }

    /// <summary>Where the article came from (a file path or corpus name), for logs and diagnostics.</summary>
    public required string Origin { get; init; }

    /// <summary>
    /// Other sources that carried the same story word for word (see <see cref="ArticleFingerprint"/>); the article is
    /// indexed once and a citation of it can name each of them beside <see cref="Origin"/>.
    /// </summary>
    public IReadOnlyList<string> AlsoIn { get; init; } = [];

    /// <summary>The original text, exactly as read; every sentence's offsets point into it.</summary>
    public required string Text { get; init; }

    public required IReadOnlyList<Sentence> Sentences { get; init; }
}
