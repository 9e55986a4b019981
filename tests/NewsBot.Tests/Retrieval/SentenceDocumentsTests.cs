using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsBot.Ingestion;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>
/// The documents built from analysed tokens index exactly what the plain-text fields did: the same terms, documents,
/// frequencies and positions in every field, the same lengths (norms), the same stored values.
/// </summary>
public sealed class SentenceDocumentsTests
{
    private static readonly IReadOnlyList<Article> Articles =
    [
        Seeds.Article,
        PlainTextArticleParser.Parse("edge-1", "edge-1.txt", """
            What is it all about

            The U.S. and the US said it was what it is. It is not what it was, and that is that.

            Kyiv’s mayor and Kyiv's council met on Tuesday, December 17, 2021. Then there was nothing to it.

            This is it. A word of three hundred letters follows: {0}. NATO's chief, Stoltenberg, spoke yesterday.
            """.Replace("{0}", new string('x', 300), StringComparison.Ordinal)),
        MarkdownArticleParser.Parse("edge-2", "edge-2.md", """
            # The talks in Geneva

            Officials said the talks in Geneva went on for nine hours last week.

            ## What was said

            It was. Russia's Ryabkov said on Monday that they were useful; the U.S. side agreed in mid-December.

            ## And then

            So it is.
            """),
        PlainTextArticleParser.ParseBody("edge-3", "edge-3.txt", "The be. Of the. Prices rose 3% in 2021-12-17T10:00 trading, a day earlier than in 1999.", headline: null),
    ];

    [Fact]
    public void Documents_SeedAndEdgeArticles_IndexTheSameAsThePlainTextFields()
    {
        using var expected = Index(Articles, PlainTextDocuments);
        using var actual = Index(Articles, KeywordIndex.Documents);

        AssertSameIndex(expected, actual);
    }

    [Fact]
    public void AssertSameIndex_ContextWithoutItsHeadline_FindsTheDifference()
    {
        using var expected = Index(Articles, PlainTextDocuments);
        using var actual = Index(Articles, article => PlainTextDocuments(article with { Headline = "" }));

        Assert.ThrowsAny<Exception>(() => AssertSameIndex(expected, actual));
    }

    [Fact]
    public void OfEach_ArticlesAndRemovals_YieldsEachArticlesDocumentsInOrder()
    {
        Article?[] articles = [.. Enumerable.Range(0, 40).Select(i => i % 3 == 2 ? null : Articles[i % Articles.Count])];

        var built = SentenceDocuments.OfEach(articles).ToList();

        Assert.Equal(
            articles.Select(a => a is null ? "removed" : $"{a.Id}:{a.Sentences.Count}"),
            built.Select(d => d is null ? "removed" : $"{d[0].Get(KeywordIndex.ArticleField, CultureInfo.InvariantCulture)}:{d.Count}"));
    }

    [Fact]
    public void OfEach_CallerStopsEarly_Returns()
    {
        Article?[] articles = [.. Enumerable.Repeat(Articles[0], 200)];

        var first = SentenceDocuments.OfEach(articles).Take(3).ToList();

        Assert.Equal(3, first.Count);
    }

    /// <summary>The sentence documents as the index built them from plain text before <see cref="SentenceDocuments"/>.</summary>
    private static IEnumerable<Document> PlainTextDocuments(Article article) =>
        article.Sentences.Select(sentence =>
        {
            var document = new Document
            {
                new StringField(KeywordIndex.ArticleField, article.Id, Field.Store.YES),
                new StoredField(KeywordIndex.OrdinalField, sentence.Ordinal),
                new TextField(KeywordIndex.TextField, sentence.Text, Field.Store.NO),
                new TextField(KeywordIndex.ContextField, KeywordIndex.Context(article, sentence), Field.Store.NO),
            };
            foreach (var day in DateTerms.OfSentence(article, sentence))
            {
                document.Add(new StringField(KeywordIndex.DateField, day, Field.Store.NO));
            }

            return document;
        });

    private static RAMDirectory Index(IEnumerable<Article> articles, Func<Article, IEnumerable<Document>> documents)
    {
        var directory = new RAMDirectory();
        using var analyzer = new NewsAnalyzer();
        using var writer = new IndexWriter(directory, KeywordIndex.WriterConfig(analyzer, OpenMode.CREATE));
        foreach (var article in articles)
        {
            writer.AddDocuments(documents(article));
        }

        writer.Commit();
        return directory;
    }

    internal static void AssertSameIndex(Lucene.Net.Store.Directory expectedDirectory, Lucene.Net.Store.Directory actualDirectory)
    {
        using var expected = DirectoryReader.Open(expectedDirectory);
        using var actual = DirectoryReader.Open(actualDirectory);
        Assert.Equal(expected.MaxDoc, actual.MaxDoc);
        Assert.True(expected.MaxDoc > 20, "the articles make enough sentences to compare");
        foreach (var field in new[] { KeywordIndex.ArticleField, KeywordIndex.TextField, KeywordIndex.ContextField, KeywordIndex.DateField })
        {
            Assert.Equal(Postings(expected, field), Postings(actual, field));
        }

        foreach (var field in new[] { KeywordIndex.TextField, KeywordIndex.ContextField })
        {
            var expectedNorms = MultiDocValues.GetNormValues(expected, field);
            var actualNorms = MultiDocValues.GetNormValues(actual, field);
            Assert.Equal(
                Enumerable.Range(0, expected.MaxDoc).Select(expectedNorms.Get),
                Enumerable.Range(0, actual.MaxDoc).Select(actualNorms.Get));
        }

        Assert.Equal(
            Enumerable.Range(0, expected.MaxDoc).Select(d => Stored(expected, d)),
            Enumerable.Range(0, actual.MaxDoc).Select(d => Stored(actual, d)));
    }

    /// <summary>Every term of the field with, for each document that holds it, the document and its positions.</summary>
    private static List<string> Postings(IndexReader reader, string field)
    {
        var postings = new List<string>();
        var terms = MultiFields.GetTerms(reader, field);
        Assert.NotNull(terms);
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            var positions = termsEnum.DocsAndPositions(null, null);
            if (positions is null)
            {
                var docs = termsEnum.Docs(null, null);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    postings.Add($"{term} {docs.DocID}");
                }

                continue;
            }

            while (positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var at = Enumerable.Range(0, positions.Freq).Select(_ => positions.NextPosition());
                postings.Add($"{term} {positions.DocID}: {string.Join(',', at)}");
            }
        }

        return postings;
    }

    private static string Stored(IndexReader reader, int doc)
    {
        var document = reader.Document(doc);
        return $"{document.Get(KeywordIndex.ArticleField, CultureInfo.InvariantCulture)}#{document.GetField(KeywordIndex.OrdinalField).GetInt32Value()}";
    }
}
