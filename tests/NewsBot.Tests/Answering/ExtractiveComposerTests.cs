using NewsBot.Answering;
using NewsBot.Ingestion;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Answering;

public sealed class ExtractiveComposerTests
{
    private static readonly AnsweringOptions Options = new();

    /// <summary>Retrieves for <paramref name="question"/> over the seed article and composes with default options.</summary>
    internal static async Task<Answer> ComposeOverSeedsAsync(string question, AnsweringOptions? options = null)
    {
        using var coverage = await TestCoverage.LoadAsync(TestPaths.Seeds);
        var index = coverage.Library.Current!;
        return ExtractiveComposer.Compose(question, await index.RetrieveAsync(question, 20), index.Corpus, options ?? Options);
    }

    [Fact]
    public async Task Compose_SeedQuestion_CitesTheDraftsAndOnlyTheContinuationThatAddsAQuestionWord()
    {
        const string question = "what did Russia propose on December 17?";

        var answer = await ComposeOverSeedsAsync(question);

        Assert.True(answer.IsAnswered);
        var quotes = answer.Citations.Select(c => c.Quote).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.StartsWith("On December 17, 2021, the Russian Foreign Ministry released", quotes[0], StringComparison.Ordinal);
        Assert.StartsWith("The proposed measures include", quotes[1], StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.Number));
        Assert.All(answer.Citations, c => Assert.Contains($"{Flat(c.Quote)} [{c.Number}]", answer.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compose_OffTopicQuestion_SaysTheCoverageDoesNotAnswerAndCitesNothing()
    {
        const string question = "Who won the 2022 football World Cup?";

        var answer = await ComposeOverSeedsAsync(question);

        Assert.False(answer.IsAnswered);
        Assert.Empty(answer.Citations);
        Assert.Contains("doesn't answer", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SentenceOpeningWithAnaphor_BringsInItsAntecedent()
    {
        var article = PlainTextArticleParser.Parse("a", "test", "Sanctions widen\n\nThe EU agreed new sanctions on Monday. They target banks and oil exports. Markets were calm.");
        var corpus = new Corpus([article]);
        var lead = article.Sentences.Single(s => s.Text.StartsWith("They target", StringComparison.Ordinal));
        Passage[] passages = [new() { Article = article, Sentence = lead, Score = 3, Coverage = 0.9 }];

        var answer = ExtractiveComposer.Compose("what do they target?", passages, corpus, Options);

        Assert.Equal(["The EU agreed new sanctions on Monday.", "They target banks and oil exports."], answer.Citations.Select(c => c.Quote));
    }

    [Fact]
    public void Compose_WeakSecondPassage_IsLeftOut()
    {
        var article = PlainTextArticleParser.Parse("a", "test", "Talks\n\nTalks were held in Geneva. Weather was mild. Bread prices rose.");
        var corpus = new Corpus([article]);
        Passage[] passages =
        [
            new() { Article = article, Sentence = article.Sentences[1], Score = 5, Coverage = 0.9 },
            new() { Article = article, Sentence = article.Sentences[2], Score = 1, Coverage = 0.9 },
            new() { Article = article, Sentence = article.Sentences[3], Score = 4.5, Coverage = 0.1 },
        ];

        var answer = ExtractiveComposer.Compose("where were talks held?", passages, corpus, Options);

        Assert.Equal(["Talks were held in Geneva."], answer.Citations.Select(c => c.Quote));
    }

    [Theory]
    [InlineData("They also impose restrictions.", true)]
    [InlineData("The proposed measures include guarantees.", true)]
    [InlineData("The Kremlin denied it.", false)]
    [InlineData("Russia didn't answer.", false)]
    [InlineData("This week the Kremlin denied it.", false)]
    [InlineData("This week they denied it.", true)]
    public void IsContinuation_RecognisesAnaphoricOpeners(string text, bool expected)
    {
        var sentence = new Sentence { ArticleId = "a", Ordinal = 1, Paragraph = 1, Start = 0, Length = text.Length, Text = text, Role = SentenceRole.Body };

        Assert.Equal(expected, ExtractiveComposer.IsContinuation(sentence));
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [Fact]
    public async Task Compose_WhenQuestion_LeadsWithTheShortAnswerInBoldVerbatim()
    {
        var answer = await ComposeOverSeedsAsync("when did the Russia-NATO Council meet?");

        Assert.StartsWith("**January 12** [1]", answer.Text, StringComparison.Ordinal);
        Assert.Contains("January 12", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_WhereQuestion_ShowsNoBoldPlaceSincePlacesAreNotShownByDefault()
    {
        const string question = "where did the Russia-NATO Council meet?";

        var answer = await ComposeOverSeedsAsync(question);
        var shown = await ComposeOverSeedsAsync(question, new AnsweringOptions { ShortAnswers = { [AnswerKind.Place] = new() { Show = true } } });

        Assert.True(answer.IsAnswered);
        Assert.Null(answer.ShortAnswer);
        Assert.DoesNotContain("**", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("**Brussels** [1]", shown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_LeadCoveringTooLittleOfTheQuestion_ShowsNoShortAnswer()
    {
        const string question = "when did the Russian-US consultations take place?";
        using var coverage = await TestCoverage.LoadAsync(TestPaths.Seeds);
        var index = coverage.Library.Current!;
        var passages = await index.RetrieveAsync(question, 20);
        var lenient = new AnsweringOptions { ShortAnswers = { [AnswerKind.Date] = new() { Show = true, MinCoverage = passages[0].Coverage } } };

        var withheld = ExtractiveComposer.Compose(question, passages, index.Corpus, Options);
        var shown = ExtractiveComposer.Compose(question, passages, index.Corpus, lenient);

        Assert.True(passages[0].Coverage < Options.ShortAnswers[AnswerKind.Date].MinCoverage);
        Assert.Null(withheld.ShortAnswer);
        Assert.DoesNotContain("**", withheld.Text, StringComparison.Ordinal);
        Assert.Equal("January 10", shown.ShortAnswer);
        Assert.StartsWith("**January 10** [1]", shown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SameSentenceInTwoArticles_IsStatedOnceAndCitesBoth()
    {
        const string text = "Talks\n\nThe ceasefire held overnight in Kharkiv. Shops reopened.";
        var first = PlainTextArticleParser.Parse("a", "test", text);
        var second = PlainTextArticleParser.Parse("b", "test", "Other headline\n\nThe ceasefire held overnight in Kharkiv. Trains ran.");
        var corpus = new Corpus([first, second]);
        Passage[] passages =
        [
            new() { Article = first, Sentence = first.Sentences[1], Score = 5, Coverage = 0.9 },
            new() { Article = second, Sentence = second.Sentences[1], Score = 5, Coverage = 0.9 },
        ];

        var answer = ExtractiveComposer.Compose("did the ceasefire hold in Kharkiv?", passages, corpus, Options);

        Assert.Equal("The ceasefire held overnight in Kharkiv. [1][2]", answer.Text);
        Assert.Equal(["a", "b"], answer.Citations.Select(c => c.ArticleId));
    }

    [Theory]
    [InlineData("The mayor of Vardo, Kari Lunde, said the ferry to Tromso would resume on 3 May after repairs to its engines.", true)]
    [InlineData("Mayor Kari Lunde said the ferry to Tromso would resume on 3 May after repairs to its engines.", true)]
    [InlineData("Mayor Kari Lunde said the ferry to Tromso would resume on 4 May after repairs to its engines.", false)]
    [InlineData("Lunde said the ferry to Tromso would resume in the summer once the harbour is dredged.", false)]
    public void Compose_NearlyTheSameSentenceInAnotherArticle_IsCitedWithTheFirstNotStatedAgain(string other, bool repeat)
    {
        const string said = "Kari Lunde, the mayor of Vardo, said the ferry to Tromso would resume on 3 May after repairs to its engines.";
        var first = PlainTextArticleParser.Parse("a", "test", $"Ferry to resume\n\n{said} Crews were hired.");
        var second = PlainTextArticleParser.Parse("b", "test", $"Vardo ferry\n\n{other} Fares will rise.");
        var corpus = new Corpus([first, second]);
        Passage[] passages =
        [
            new() { Article = first, Sentence = first.Sentences[1], Score = 5, Coverage = 0.9 },
            new() { Article = second, Sentence = second.Sentences[1], Score = 5, Coverage = 0.9 },
        ];

        var answer = ExtractiveComposer.Compose("what did the Vardo mayor say about the ferry to Tromso?", passages, corpus, Options);

        Assert.StartsWith($"{said} [1]", answer.Text, StringComparison.Ordinal);
        Assert.Equal(repeat, answer.Text.StartsWith($"{said} [1][2]", StringComparison.Ordinal));
        if (repeat)
        {
            Assert.DoesNotContain(other, answer.Text, StringComparison.Ordinal);
            Assert.Equal(["a", "b"], answer.Citations.Select(c => c.ArticleId));
        }
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void Compose_AStatementSayingNothingAnEarlierOneDoesNot_IsLeftOutAndTakesItsPlace(int maxStatements, bool third)
    {
        const string said = "Kari Lunde, the mayor of Vardo, said the ferry to Tromso would resume on 3 May after repairs to its engines.";
        const string restated = "The ferry to Tromso would resume on 3 May, Lunde said.";
        const string fares = "The Vardo mayor said fares on the ferry to Tromso would rise in June.";
        var articles = new[] { said, restated, fares }.Select((text, i) => PlainTextArticleParser.Parse($"{(char)('a' + i)}", "test", $"Vardo ferry\n\n{text}")).ToList();
        var passages = articles.Select(a => new Passage { Article = a, Sentence = a.Sentences[1], Score = 5, Coverage = 0.9 }).ToList();

        var answer = ExtractiveComposer.Compose("what did the Vardo mayor say about the ferry to Tromso?", passages, new Corpus(articles), new AnsweringOptions { MaxStatements = maxStatements });

        Assert.StartsWith($"{said} [1]", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(restated, answer.Text, StringComparison.Ordinal);
        Assert.Equal(third, answer.Text.Contains(fares, StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_WeakButRelatedEvidence_SaysNotCoveredAndOffersTheRelatedSentenceLabelled()
    {
        var article = PlainTextArticleParser.Parse("a", "test", "Talks\n\nTalks were held in Geneva on Monday. Weather was mild.");
        var corpus = new Corpus([article]);
        Passage[] passages = [new() { Article = article, Sentence = article.Sentences[1], Score = 2, Coverage = 0.35 }];

        var answer = ExtractiveComposer.Compose("what did the talks agree on?", passages, corpus, Options);

        Assert.False(answer.IsAnswered);
        Assert.StartsWith("The coverage I have doesn't answer that", answer.Text, StringComparison.Ordinal);
        Assert.Contains("related but does not answer it: Talks were held in Geneva on Monday. [1]", answer.Text, StringComparison.Ordinal);
        Assert.Equal("Talks were held in Geneva on Monday.", answer.Citations.Single().Quote);
    }
}
