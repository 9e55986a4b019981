using NewsBot.Ingestion;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Ingestion;

public sealed class FeedArticleReaderTests
{
    internal const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Valley Courier — Latest</title>
            <link>https://courier.example.com/</link>
            <description>Local news</description>
            <item>
              <title>Dam inspection finds no cracks</title>
              <link>https://courier.example.com/dam-inspection</link>
              <guid isPermaLink="false">courier-1001</guid>
              <pubDate>Mon, 06 May 2024 08:00:00 GMT</pubDate>
              <description>&lt;p&gt;Engineers found &lt;b&gt;no cracks&lt;/b&gt; in the dam wall. The reservoir stays open.&lt;/p&gt;</description>
            </item>
            <item>
              <title>School term starts a week late</title>
              <link>https://courier.example.com/school-term</link>
              <guid>https://courier.example.com/school-term</guid>
              <pubDate>Tue, 07 May 2024 10:30:00 +0200</pubDate>
              <description>Short teaser only.</description>
              <content:encoded><![CDATA[<p>The autumn term will start on September 9.</p><p>Builders need another week to finish the gym, the head teacher said.</p>]]></content:encoded>
            </item>
            <item>
              <title>Market square gets new trees</title>
              <link>https://courier.example.com/trees</link>
              <pubDate>Wed, 08 May 2024 12:00:00 GMT</pubDate>
              <description>Twelve linden trees were planted on Wednesday.</description>
            </item>
          </channel>
        </rss>
        """;

    internal const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Harbour Wire</title>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2024-06-03T18:30:02Z</updated>
          <entry>
            <title>Ferry fares rise</title>
            <link rel="alternate" href="https://wire.example.org/ferry-fares"/>
            <id>urn:wire:2001</id>
            <published>2024-06-01T09:00:00Z</published>
            <updated>2024-06-01T10:00:00Z</updated>
            <author><name>Tom Berg</name></author>
            <content type="html">&lt;p&gt;Ferry fares will rise by 5% in July.&lt;/p&gt;&lt;p&gt;Season tickets are exempt.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Lighthouse restored</title>
            <link href="https://wire.example.org/lighthouse"/>
            <id>urn:wire:2002</id>
            <updated>2024-06-02T11:00:00Z</updated>
            <summary>The 1870 lighthouse was relit on Sunday.</summary>
          </entry>
          <entry>
            <title>Quay closed for dredging</title>
            <link href="https://wire.example.org/quay"/>
            <id>urn:wire:2003</id>
            <updated>2024-06-03T18:30:02Z</updated>
            <summary type="html">&lt;div&gt;The north quay closes for two weeks. Boats will moor at the south quay.&lt;/div&gt;</summary>
          </entry>
        </feed>
        """;

    [Fact]
    public void Read_Rss_EachItemIsAnArticleWithHtmlStripped()
    {
        var results = FeedArticleReader.Read("courier", "courier.rss", Rss, "hash");

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        var articles = results.Select(r => r.Article!).ToList();
        Assert.All(articles, ArticleAssert.OffsetsExact);
        Assert.Equal(["Dam inspection finds no cracks", "School term starts a week late", "Market square gets new trees"], articles.Select(a => a.Headline));
        Assert.Equal("Engineers found no cracks in the dam wall. The reservoir stays open.", articles[0].Text);
        Assert.Equal("The autumn term will start on September 9.\n\nBuilders need another week to finish the gym, the head teacher said.", articles[1].Text);
        Assert.Equal([new DateOnly(2024, 5, 6), new DateOnly(2024, 5, 7), new DateOnly(2024, 5, 8)], articles.Select(a => a.Date));
        Assert.Equal(new Uri("https://courier.example.com/dam-inspection"), articles[0].Url);
        Assert.All(articles, a => Assert.StartsWith("courier-", a.Id, StringComparison.Ordinal));
        Assert.Equal(3, articles.Select(a => a.Id).Distinct().Count());
        Assert.Equal("courier.rss#2", results[1].Origin);
    }

    [Fact]
    public void Read_Atom_UsesContentOrSummaryAndPublishedOrUpdated()
    {
        var results = FeedArticleReader.Read("wire", "wire.atom", Atom, "hash");

        var articles = results.Select(r => r.Article!).ToList();
        Assert.Equal(3, articles.Count);
        Assert.All(articles, ArticleAssert.OffsetsExact);
        Assert.Equal("Ferry fares will rise by 5% in July.\n\nSeason tickets are exempt.", articles[0].Text);
        Assert.Equal(("Tom Berg", new DateOnly(2024, 6, 1)), (articles[0].Byline, articles[0].Date));
        Assert.Equal(new DateOnly(2024, 6, 2), articles[1].Date);
        Assert.Equal(new Uri("https://wire.example.org/lighthouse"), articles[1].Url);
        Assert.Equal(["The north quay closes for two weeks.", "Boats will moor at the south quay."], articles[2].Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Read_ItemIdsAreStableWhenTheFeedGainsItems()
    {
        var before = FeedArticleReader.Read("wire", "wire.atom", Atom, "a").Select(r => r.Article!.Id).ToList();
        var first = Atom.IndexOf("<entry>", StringComparison.Ordinal);
        var grown = Atom.Insert(first, "<entry><title>New</title><id>urn:wire:2004</id><updated>2024-06-04T00:00:00Z</updated><summary>Fresh news.</summary></entry>");

        var after = FeedArticleReader.Read("wire", "wire.atom", grown, "b").Select(r => r.Article!.Id).ToList();

        Assert.Equal(4, after.Count);
        Assert.Equal(before, after.Skip(1));
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>Broken</title><item><title>Unclosed</item></channel></rss>")]
    [InlineData("<?xml version=\"1.0\"?><catalog><book>Not a feed</book></catalog>")]
    public void Read_MalformedFeed_IsOneFailureNamingTheFeed(string xml)
    {
        var result = Assert.Single(FeedArticleReader.Read("bad", "bad.xml", xml, "hash"));

        Assert.False(result.Succeeded);
        Assert.Contains("feed is malformed", result.Error, StringComparison.Ordinal);
    }
}
