using System.Collections.Frozen;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>The articles being served, with their sentences addressable by id.</summary>
public sealed class Corpus
{
    private readonly FrozenDictionary<string, Article> _articles;

    public Corpus(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);

        _articles = articles.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        SentenceCount = _articles.Values.Sum(a => a.Sentences.Count);
    }

    public static Corpus Empty { get; } = new([]);

    public IEnumerable<Article> Articles => _articles.Values;

    public int ArticleCount => _articles.Count;

    public int SentenceCount { get; }

    public Article? FindArticle(string articleId) => _articles.GetValueOrDefault(articleId);

    public Sentence? FindSentence(string articleId, int ordinal) =>
        _articles.TryGetValue(articleId, out var article) && (uint)ordinal < (uint)article.Sentences.Count
            ? article.Sentences[ordinal]
            : null;

    /// <summary>Earliest and latest publication dates, when any article has one.</summary>
    public (DateOnly From, DateOnly To)? DateRange()
    {
        var dates = _articles.Values.Select(a => a.Date).OfType<DateOnly>().ToList();
        return dates.Count == 0 ? null : (dates.Min(), dates.Max());
    }
}
