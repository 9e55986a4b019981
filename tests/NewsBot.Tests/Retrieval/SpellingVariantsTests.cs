using NewsBot.Ingestion;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>A name typed in a spelling the coverage writes less often finds the sentences that write the commoner one, on a real index on disk.</summary>
public sealed class SpellingVariantsTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly KeywordIndex _index;

    public SpellingVariantsTests()
    {
        Article[] articles =
        [
            PlainTextArticleParser.ParseBody("a1", "a1.txt", "Kari Lundqvist met the harbour board on Monday. Lundqvist said the quay was unsafe. Serbia sent a ship.", headline: null),
            PlainTextArticleParser.ParseBody("a2", "a2.txt", "Kari Lundqvist toured the new marina. A marker buoy was laid.", headline: null),
            PlainTextArticleParser.ParseBody("a3", "a3.txt", "A profile of Kari Lundkvist ran in Bergen. The marker was moved.", headline: null),
        ];
        KeywordIndex.Build(_directory.Path, articles);
        _index = KeywordIndex.Open(_directory.Path);
    }

    [Fact]
    public void SpellingVariants_TheCommonerSpellingOneEditAway()
    {
        Assert.Equal(["lundqvist"], _index.SpellingVariants("lundkvist"));
        Assert.Empty(_index.SpellingVariants("lundqvist"));
        Assert.Empty(_index.SpellingVariants("lund"));
    }

    [Fact]
    public void OfSpellings_ANameTypedOtherwise_FindsTheSentencesThatWriteItTheCommonerWay()
    {
        const string question = "What did Lundkvist say about the quay?";
        var names = NameExpansion.OfSpellings(_index, question);
        var terms = QueryTerms.Analyze(_index.Analyzer, KeywordIndex.TextField, question);

        var expansion = Assert.Single(names);
        Assert.Equal(["lundkvist"], expansion.Terms);
        var found = _index.Search(terms, 10, names: names).Select(h => h.ArticleId).ToList();
        Assert.Contains("a1", found);
        Assert.Equal("a1", found[0]);
    }

    [Fact]
    public void OfSpellings_AWordTheLexiconOrTheCatalogueKnows_IsSpeltAsTyped()
    {
        Assert.Equal(["marker"], _index.SpellingVariants("market"));
        Assert.Empty(NameExpansion.OfSpellings(_index, "Who opened the market?"));
        Assert.Equal(["serbia"], _index.SpellingVariants("serbian"));
        Assert.Empty(NameExpansion.OfSpellings(_index, "What did the Serbian navy send?"));
    }

    public void Dispose()
    {
        _index.Dispose();
        _directory.Dispose();
    }
}
