using System.Collections.Concurrent;
using Lucene.Net.Documents;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// The Lucene documents of an article's sentences, one a sentence in order (<see cref="KeywordIndex"/> says what each
/// field means). The context field of a sentence holds the headline and the sentences either side, so read as plain
/// text every sentence would be analysed up to three times and the headline once a sentence; here the headline and
/// each sentence are analysed once (<see cref="AnalyzedText"/>) and their tokens replayed into every field that holds
/// them (<see cref="AnalyzedField"/>), which indexes the same terms at the same positions with the same lengths.
/// Building touches no index, so it runs on a thread of its own beside the writer's (<see cref="OfEach"/>).
/// </summary>
internal static class SentenceDocuments
{
    /// <summary>The analysis of <see cref="KeywordIndex"/>; its components are reused per thread.</summary>
    private static readonly NewsAnalyzer Analyzer = new();

    /// <summary>Articles whose documents may wait, built, for the caller to index them.</summary>
    internal const int Ahead = 16;

    /// <summary>
    /// The documents of each article (null for none), in order, built on a thread of their own while the caller indexes
    /// the ones before (Lucene's inversion, on the caller's thread): building them (analysis, dates) and inverting them
    /// then share the two cores. At most <see cref="Ahead"/> articles' documents wait at a time.
    /// </summary>
    public static IEnumerable<List<Document>?> OfEach(IReadOnlyList<Article?> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);

        if (articles.Count < 2)
        {
            foreach (var article in articles)
            {
                yield return article is null ? null : Of(article);
            }

            yield break;
        }

        using var built = new BlockingCollection<List<Document>?>(Ahead);
        using var stop = new CancellationTokenSource();
        var builder = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var article in articles)
                    {
                        built.Add(article is null ? null : Of(article), stop.Token);
                    }
                }
                finally
                {
                    built.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            foreach (var documents in built.GetConsumingEnumerable())
            {
                yield return documents;
            }

            builder.GetAwaiter().GetResult();
        }
        finally
        {
            // The caller stopped early (a failed write): the builder stops at its next article.
            stop.Cancel();
            builder.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }
    }

    public static List<Document> Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);

        var sentences = article.Sentences;
        var headline = AnalyzedText.Of(Analyzer, KeywordIndex.ContextField, article.Headline);
        var analyzed = new AnalyzedText[sentences.Count];
        for (var i = 0; i < analyzed.Length; i++)
        {
            analyzed[i] = AnalyzedText.Of(Analyzer, KeywordIndex.TextField, sentences[i].Text);
        }

        var documents = new List<Document>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var document = new Document
            {
                new StringField(KeywordIndex.ArticleField, article.Id, Field.Store.YES),
                new StoredField(KeywordIndex.OrdinalField, sentence.Ordinal),
                new AnalyzedField(KeywordIndex.TextField, [analyzed[i]]),
                new AnalyzedField(KeywordIndex.ContextField, Context(article, sentence, headline, analyzed)),
            };
            foreach (var day in DateTerms.OfSentence(article, sentence))
            {
                document.Add(new StringField(KeywordIndex.DateField, day, Field.Store.NO));
            }

            documents.Add(document);
        }

        return documents;
    }

    /// <summary>The texts of <see cref="KeywordIndex.Context"/>, analysed: the headline, the body sentence before, the sentence after.</summary>
    private static AnalyzedText[] Context(Article article, Sentence sentence, AnalyzedText headline, AnalyzedText[] analyzed)
    {
        return KeywordIndex.ContextNeighbours(article, sentence) switch
        {
            ( >= 0 and var before, >= 0 and var after) => [headline, analyzed[before], analyzed[after]],
            ( >= 0 and var before, _) => [headline, analyzed[before]],
            (_, >= 0 and var after) => [headline, analyzed[after]],
            _ => [headline],
        };
    }
}
