using NewsBot.Ingestion;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Ingestion;

public sealed class HtmlArticleReaderTests
{
    internal const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Bridge reopens after repairs | The Daily Ledger</title>
          <link rel="canonical" href="https://ledger.example.com/city/bridge-reopens">
          <meta property="og:url" content="https://ledger.example.com/amp/bridge-reopens">
          <meta property="og:site_name" content="The Daily Ledger">
          <meta property="article:published_time" content="2023-09-14T07:45:00+02:00">
          <script type="application/ld+json">
          {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge reopens after two years of repairs",
           "datePublished": "2023-09-14T07:45:00+02:00", "author": [{"@type": "Person", "name": "Maria Lind"}],
           "publisher": {"@type": "Organization", "name": "The Daily Ledger"}}
          </script>
          <style>.ad-slot { height: 250px; }</style>
          <script>window.dataLayer = [{"page": "article"}];</script>
        </head>
        <body>
          <div id="cookie-banner" class="consent">We use cookies to improve your experience. <button>Accept all</button></div>
          <header class="site-header"><a href="/">The Daily Ledger</a>
            <nav><ul><li><a href="/world">World</a></li><li><a href="/city">City</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          </header>
          <div class="ad-slot"><p>Advertisement: Buy one mattress, get one free!</p></div>
          <main>
            <article>
              <h1>Bridge reopens after two years of repairs</h1>
              <p class="byline">By <a rel="author" href="/staff/lind">Maria Lind</a> · <time datetime="2023-09-14">14 September 2023</time></p>
              <div itemprop="articleBody">
                <p>The Old Town bridge reopened to traffic on Thursday after two years of repairs.
                   Mayor Jan Berg cut the ribbon at 9 a.m.</p>
                <div class="newsletter-signup"><p>Sign up for our morning briefing!</p></div>
                <p>The repairs cost 41 million euros, officials said. Cyclists get a separate lane.</p>
                <h2>Traffic relief</h2>
                <p>Commuters had faced detours of up to 40 minutes.</p>
              </div>
              <aside class="related"><ul><li><a href="/x">Tram line delayed again</a></li></ul></aside>
            </article>
          </main>
          <footer><p>© 2023 The Daily Ledger. All rights reserved.</p><p>Contact us.</p></footer>
          <script src="/tracker.js"></script>
        </body>
        </html>
        """;

    [Fact]
    public void Read_NewsPage_ExtractsTheBodyAndMetadataWithoutBoilerplate()
    {
        var article = HtmlArticleReader.Read("bridge", "bridge.html", NewsPage);

        Assert.Equal("Bridge reopens after two years of repairs", article.Headline);
        Assert.Equal(("Maria Lind", "The Daily Ledger"), (article.Byline, article.Source));
        Assert.Equal(new DateOnly(2023, 9, 14), article.Date);
        Assert.Equal(new Uri("https://ledger.example.com/city/bridge-reopens"), article.Url);
        Assert.Equal(
            "The Old Town bridge reopened to traffic on Thursday after two years of repairs. Mayor Jan Berg cut the ribbon at 9 a.m.\n\n" +
            "The repairs cost 41 million euros, officials said. Cyclists get a separate lane.\n\n" +
            "Traffic relief\n\n" +
            "Commuters had faced detours of up to 40 minutes.",
            article.Text);
        ArticleAssert.OffsetsExact(article);
        Assert.Contains(article.Sentences, s => s.Text == "Cyclists get a separate lane.");
        foreach (var boilerplate in new[] { "cookies", "Advertisement", "morning briefing", "Sport", "Tram line", "rights reserved", "dataLayer" })
        {
            Assert.DoesNotContain(boilerplate, article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_MetaTagsOnly_FallBackToOpenGraphAndTimeElement()
    {
        const string page = """
            <html><head><meta property="og:title" content="Council approves budget"><meta property="og:url" content="https://example.net/budget"></head>
            <body><article><time datetime="2022-11-30T18:00:00Z">Nov 30</time><p>The council approved the budget by 7 votes to 4.</p></article></body></html>
            """;

        var article = HtmlArticleReader.Read("budget", "budget.html", page);

        Assert.Equal(("Council approves budget", new DateOnly(2022, 11, 30)), (article.Headline, article.Date));
        Assert.Equal(new Uri("https://example.net/budget"), article.Url);
        Assert.Equal(["The council approved the budget by 7 votes to 4."], article.Sentences.Select(s => s.Text));
        ArticleAssert.OffsetsExact(article);
    }

    [Fact]
    public void Read_PageWithNoArticleText_IsInvalid()
    {
        const string page = """
            <!DOCTYPE html><html><head><title>Home</title><script>var x = 1;</script></head>
            <body><nav><a href="/">Home</a><a href="/news">News</a></nav><div class="cookie-notice">We use cookies.</div>
            <footer>© 2024 Example Media</footer></body></html>
            """;

        var ex = Assert.Throws<InvalidDataException>(() => HtmlArticleReader.Read("home", "home.html", page));

        Assert.Contains("no article text", ex.Message, StringComparison.Ordinal);
    }
}
