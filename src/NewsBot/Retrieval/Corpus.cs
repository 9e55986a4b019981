using System.Collections.Frozen;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// The articles being served, with their sentences addressable by id. A corpus made by <see cref="With"/> shares its
/// predecessor's articles and holds only what changed beside them, so a one-article change costs one article, not a
/// copy of a hundred thousand; once the changes pile up they are folded into a new base.
/// </summary>
public sealed class Corpus
{
    /// <summary>Changes held beside the base before they are folded into a new one.</summary>
    private const int MaxOverlay = 4096;

    private readonly FrozenDictionary<string, Article> _base;

    /// <summary>Article id → the article now, or null when it was removed; null when nothing changed since the base.</summary>
    private readonly Dictionary<string, Article?>? _overlay;

    public Corpus(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);

        _base = articles.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        ArticleCount = _base.Count;
        SentenceCount = _base.Values.Sum(a => a.Sentences.Count);
    }

    private Corpus(FrozenDictionary<string, Article> articles, Dictionary<string, Article?> overlay, int articleCount, int sentenceCount)
    {
        _base = articles;
        _overlay = overlay;
        ArticleCount = articleCount;
        SentenceCount = sentenceCount;
    }

    public static Corpus Empty { get; } = new([]);

    public IEnumerable<Article> Articles => _overlay is null
        ? _base.Values
        : _base.Values.Where(a => !_overlay.ContainsKey(a.Id)).Concat(_overlay.Values.OfType<Article>());

    public int ArticleCount { get; }

    public int SentenceCount { get; }

    public Article? FindArticle(string articleId) =>
        _overlay is not null && _overlay.TryGetValue(articleId, out var changed) ? changed : _base.GetValueOrDefault(articleId);

    public Sentence? FindSentence(string articleId, int ordinal) =>
        FindArticle(articleId) is { } article && (uint)ordinal < (uint)article.Sentences.Count
            ? article.Sentences[ordinal]
            : null;

    /// <summary>Earliest and latest publication dates, when any article has one.</summary>
    public (DateOnly From, DateOnly To)? DateRange()
    {
        var dates = Articles.Select(a => a.Date).OfType<DateOnly>().ToList();
        return dates.Count == 0 ? null : (dates.Min(), dates.Max());
    }

    /// <summary>This corpus with <paramref name="put"/> added or replacing the articles of their ids, and <paramref name="removed"/> gone.</summary>
    internal Corpus With(IEnumerable<Article> put, IEnumerable<string> removed)
    {
        var overlay = _overlay is null ? new Dictionary<string, Article?>(StringComparer.Ordinal) : new Dictionary<string, Article?>(_overlay, StringComparer.Ordinal);
        var articles = ArticleCount;
        var sentences = SentenceCount;
        foreach (var id in removed)
        {
            if (FindIn(overlay, id) is { } gone)
            {
                overlay[id] = null;
                articles--;
                sentences -= gone.Sentences.Count;
            }
        }

        foreach (var article in put)
        {
            if (FindIn(overlay, article.Id) is { } before)
            {
                articles--;
                sentences -= before.Sentences.Count;
            }

            overlay[article.Id] = article;
            articles++;
            sentences += article.Sentences.Count;
        }

        var changed = new Corpus(_base, overlay, articles, sentences);
        return overlay.Count > MaxOverlay ? new Corpus(changed.Articles) : changed;
    }

    private Article? FindIn(Dictionary<string, Article?> overlay, string articleId) =>
        overlay.TryGetValue(articleId, out var changed) ? changed : _base.GetValueOrDefault(articleId);
}
