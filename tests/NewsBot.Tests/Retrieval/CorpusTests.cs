using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Retrieval;

public sealed class CorpusTests
{
    [Fact]
    public void With_PutChangedAndRemoved_ServesTheNewArticlesAndCountsWithoutTouchingThePredecessor()
    {
        var before = new Corpus([Article("a", "One. Two."), Article("b", "Three.")]);

        var after = before.With([Article("a", "One. Two. Four."), Article("c", "Five.")], ["b", "missing"]);

        Assert.Equal(["a", "c"], after.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, after.ArticleCount);
        Assert.Equal(after.Articles.Sum(a => a.Sentences.Count), after.SentenceCount);
        Assert.Equal("Four.", after.FindSentence("a", 3)!.Text);
        Assert.Null(after.FindArticle("b"));
        Assert.Equal(["a", "b"], before.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Null(before.FindSentence("a", 3));
    }

    [Fact]
    public void With_ManyChanges_FoldsThemIntoAnEqualCorpus()
    {
        var corpus = new Corpus([Article("a", "One.")]);

        for (var i = 0; i < 5000; i++)
        {
            corpus = corpus.With([Article($"n{i}", "Added.")], i % 2 == 0 ? [] : [$"n{i - 1}"]);
        }

        Assert.Equal(2501, corpus.ArticleCount);
        Assert.Equal(corpus.ArticleCount, corpus.Articles.Count());
        Assert.NotNull(corpus.FindArticle("n4999"));
        Assert.Null(corpus.FindArticle("n4998"));
    }

    [Fact]
    public void ContentVersion_SameArticlesInAnotherOrderOrViaARemoval_GivesTheSameVersion()
    {
        var forward = new ContentVersion("f", "m");
        forward.Toggle("a", "1");
        forward.Toggle("b", "2");
        var backward = new ContentVersion("f", "m");
        backward.Toggle("b", "2");
        backward.Toggle("c", "3");
        backward.Toggle("a", "1");
        backward.Toggle("c", "3");
        var other = forward.Copy();
        other.Toggle("b", "2");

        Assert.Equal(forward.ToString(), backward.ToString());
        Assert.NotEqual(forward.ToString(), other.ToString());
        Assert.NotEqual(forward.ToString(), new ContentVersion("f", "another model").ToString());
    }

    private static Article Article(string id, string body) => PlainTextArticleParser.Parse(id, id + ".txt", $"Headline {id}\n\n{body}");
}
