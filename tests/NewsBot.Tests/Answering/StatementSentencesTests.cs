using NewsBot.Answering;
using NewsBot.Ingestion;

namespace NewsBot.Tests.Answering;

/// <summary>A statement brings what a leading pronoun refers to, and of the sentences continuing it only those that add to the answer.</summary>
public sealed class StatementSentencesTests
{
    private const string Sanctions = """
        Brussels widens sanctions

        The EU agreed new sanctions on Russian banks on Monday. They also cover oil exports. They were drafted in March.

        Markets were calm.
        """;

    private static List<string> Statement(string text, string startsWith, string question)
    {
        var article = PlainTextArticleParser.Parse("a", "a.txt", text);
        var sentence = article.Sentences.First(s => s.Text.StartsWith(startsWith, StringComparison.Ordinal));
        return StatementSentences.Of(article, sentence, new AnswerProgress(question)).Select(s => s.Text).ToList();
    }

    [Fact]
    public void Of_ContinuationWithoutAnyQuestionWordTheAnswerLacks_IsLeftOut()
    {
        var statement = Statement(Sanctions, "The EU agreed", "Which sanctions did the EU agree on Russian banks?");

        Assert.Equal(["The EU agreed new sanctions on Russian banks on Monday."], statement);
    }

    [Fact]
    public void Of_ContinuationBringingAQuestionWord_IsKept()
    {
        var statement = Statement(Sanctions, "The EU agreed", "Which sanctions did the EU agree on banks and oil?");

        Assert.Equal(["The EU agreed new sanctions on Russian banks on Monday.", "They also cover oil exports."], statement);
    }

    [Fact]
    public void Of_ContinuationGivingTheDateAWhenQuestionAsksFor_IsKeptWhenTheStatementHasNone()
    {
        const string text = """
            Treaty talks

            Negotiators from both sides finished the treaty text. It was signed on 4 March 2024. It runs for ten years.
            """;

        var statement = Statement(text, "Negotiators", "When was the treaty finished?");

        Assert.Equal(["Negotiators from both sides finished the treaty text.", "It was signed on 4 March 2024."], statement);
    }

    [Fact]
    public void Of_StatementOpeningWithThat_BringsTheSentenceItPointsBackTo()
    {
        const string text = """
            Vardo harbour

            The council sees the fish market as the town's lifeline. That is why it voted to keep the harbour open.
            """;

        var statement = Statement(text, "That is why", "Why did the council vote to keep the harbour open?");

        Assert.Equal(["The council sees the fish market as the town's lifeline.", "That is why it voted to keep the harbour open."], statement);
    }

    [Fact]
    public void Of_WhenQuestionAndNoDateInTheStatement_IsNoStatement()
    {
        var statement = Statement(Sanctions, "Markets were calm", "When were markets calm?");

        Assert.Empty(statement);
    }

    [Fact]
    public void Of_WhenQuestionWhoseDateIsInTheContinuation_IsAStatement()
    {
        const string text = """
            Harbour reopens

            The old harbour master, who retired last year, ran the port for decades. He reopened the harbour in 1998 after the storm.
            """;

        var statement = Statement(text, "The old harbour master", "When did the harbour master reopen the port?");

        Assert.Equal(2, statement.Count);
        Assert.Equal("He reopened the harbour in 1998 after the storm.", statement[1]);
    }

    [Fact]
    public void Of_SentenceOpeningWithAPronoun_BringsTheSentenceItRefersTo()
    {
        var statement = Statement(Sanctions, "They were drafted", "When were the sanctions drafted?");

        Assert.Equal(["They also cover oil exports.", "They were drafted in March."], statement.Skip(1));
        Assert.Equal("The EU agreed new sanctions on Russian banks on Monday.", statement[0]);
    }

    [Fact]
    public void Of_SentenceSpeakingOfReasonsWithoutGivingThem_BringsTheNextSentence()
    {
        const string Text = """
            Port strike drags on

            The dockers' union has its own reasons for holding out. Pension payments have been cut twice. Talks resume in May.
            """;

        var statement = Statement(Text, "The dockers'", "Why are the dockers holding out?");

        Assert.Equal(["The dockers' union has its own reasons for holding out.", "Pension payments have been cut twice."], statement);
    }

    [Theory]
    [InlineData("The union has its reasons for holding out: the pension fund is short.", false)]
    [InlineData("There are two reasons why, including the pension fund.", false)]
    [InlineData("The union gave reasons for holding out because pay has fallen.", false)]
    [InlineData("For that reason the union held out.", false)]
    [InlineData("The union had several reasons to hold out.", true)]
    [InlineData("The demands were:", true)]
    public void Announces_OnlyWhenTheReasonsOrListFollow(string sentence, bool expected)
    {
        Assert.Equal(expected, StatementSentences.Announces(sentence));
    }

    [Theory]
    [InlineData("It was signed on Monday.", true)]
    [InlineData("The move angered Moscow.", true)]
    [InlineData("Also on Monday, talks resumed.", false)]
    [InlineData("The proposed measures include guarantees.", false)]
    [InlineData("Ministers met on Monday.", false)]
    [InlineData("This week they sailed to Vardo.", true)]
    [InlineData("This year the drills began early.", false)]
    [InlineData("This week, Vardo voted to close the port.", false)]
    [InlineData("This plan angered Moscow.", true)]
    [InlineData("That is why the harbour closed.", true)]
    [InlineData("That’s how many trawlers were laid up.", true)]
    [InlineData("Thatcher opened the harbour in 1985.", false)]
    public void OpensWithPronoun_OnlyForWordsThatPointBack(string text, bool expected)
    {
        var article = PlainTextArticleParser.Parse("a", "a.txt", $"Headline\n\nFirst sentence here. {text}");

        Assert.Equal(expected, StatementSentences.OpensWithPronoun(article.Sentences[^1]));
    }

    [Theory]
    [InlineData("Why did the central bank raise rates?")]
    [InlineData("According to the minutes, why did the central bank raise rates?")]
    [InlineData("How come the central bank raised rates?")]
    public void IsAddedBy_AWhyQuestion_CountsAStatedReasonAsAnswer(string question)
    {
        var progress = new AnswerProgress(question);
        progress.Add("The central bank raised rates by half a point.");

        Assert.True(progress.IsAddedBy("The increase was intended to curb inflation."));
        Assert.False(progress.IsAddedBy("The increase was the third this year."));
    }

    /// <summary>What counts as a reason is one reading (<see cref="AskedReason"/>), for the lead and for what joins it alike.</summary>
    [Theory]
    [InlineData("It argued that the plan would result in higher harbour fees.", true)]
    [InlineData("It acted in response to complaints from fishermen.", true)]
    [InlineData("It published the plan on its website.", false)]
    public void IsAddedBy_AWhyQuestion_CountsEveryReasonTheChecksRecognise(string sentence, bool expected)
    {
        var progress = new AnswerProgress("Why did the Vardo council refuse the harbour plan?");
        progress.Add("The Vardo council refused the harbour plan.");

        Assert.Equal(expected, progress.IsAddedBy(sentence));
    }
}
