using NewsBot.Ingestion;
using NewsBot.Names;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>
/// What counts as a statement's immediate context when a question's names are checked (<see cref="QuestionPremises"/>):
/// the headline, the standfirst, the article's opening sentence (its lede, which says whom and where the story is about,
/// and which later sentences refer back to: "In a speech in Oslo, the premier …" then "She also used the speech to …") and the
/// sentence's paragraph, with what they say of the people it names more briefly
/// (<see cref="ArticlePeople"/>). A paragraph of more than
/// <see cref="MaxParagraphSentences"/> sentences (a live blog, a text delivered without paragraph breaks) is no unit of
/// context; there the <see cref="SentencesBefore"/> sentences before and <see cref="SentencesAfter"/> after it count.
/// </summary>
public static class StatementContext
{
    /// <summary>A paragraph of more sentences than this is no unit of context (a live blog or a text without breaks).</summary>
    public const int MaxParagraphSentences = 5;

    /// <summary>In such a paragraph, the sentences before and after the cited one that count as its context.</summary>
    public const int SentencesBefore = 2;

    /// <inheritdoc cref="SentencesBefore"/>
    public const int SentencesAfter = 1;

    /// <summary>
    /// The sentence's immediate context as a cache key and a text: the headline, the standfirst, the lede and the
    /// sentences of its paragraph, or of its window when the paragraph is too long to be one.
    /// </summary>
    public static (string Key, string Text) Of(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);

        var sentences = passage.Article.Sentences;
        var at = passage.Sentence.Ordinal;
        var paragraph = passage.Sentence.Paragraph;
        if (at >= sentences.Count || sentences[at].Paragraph != paragraph)
        {
            return ($"{passage.Article.Id}#{at}", WithPeople(passage.Article, $"{passage.Article.Headline}\n{passage.Article.Standfirst}\n{passage.Sentence.Text}"));
        }

        var first = at;
        var last = at;
        while (first > 0 && sentences[first - 1].Paragraph == paragraph && at - first < MaxParagraphSentences)
        {
            first--;
        }

        while (last + 1 < sentences.Count && sentences[last + 1].Paragraph == paragraph && last - at < MaxParagraphSentences)
        {
            last++;
        }

        if (last - first + 1 > MaxParagraphSentences)
        {
            first = Math.Max(first, at - SentencesBefore);
            last = Math.Min(last, at + SentencesAfter);
        }

        var article = passage.Article;
        var body = article.Text[sentences[first].Start..sentences[last].End];
        var lede = sentences.FirstOrDefault(s => s.Role == SentenceRole.Body);
        var opening = lede is not null && lede.Ordinal < first ? $"{lede.Text}\n" : string.Empty;
        return ($"{article.Id}#{first}-{last}", WithPeople(article, $"{article.Headline}\n{article.Standfirst}\n{opening}{body}"));
    }

    /// <summary>The context with what it refers to and does not write (<see cref="ArticlePeople.Describe"/>): "Brannock" is the article's fisheries minister.</summary>
    private static string WithPeople(Article article, string context) =>
        ArticlePeople.Of(article).Describe(context) is { Length: > 0 } described ? $"{context}\n{described}" : context;
}
