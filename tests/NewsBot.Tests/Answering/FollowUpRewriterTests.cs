using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class FollowUpRewriterTests
{
    private static readonly ConversationTurn December17 = new()
    {
        Question = "what did Russia propose on December 17?",
        IsAnswered = true,
        Cited =
        [
            new CitedSentence
            {
                Id = "000_7868747c03e97426#11",
                Text = "On December 17, 2021, the Russian Foreign Ministry released a draft agreement on security guarantees between Russia and the United States and a draft agreement on ensuring the security of Russia and NATO member states.",
            },
        ],
    };

    [Theory]
    [InlineData("when was that?")]
    [InlineData("What was in it?")]
    [InlineData("did they accept?")]
    [InlineData("what did he say?")]
    [InlineData("and NATO?")]
    [InlineData("What about Ukraine?")]
    [InlineData("where?")]
    [InlineData("why not?")]
    [InlineData("was that agreement signed?")]
    [InlineData("what happened then")]
    [InlineData("what is its budget?")]
    [InlineData("why did it change its policy?")]
    [InlineData("what has happened to its economy?")]
    [InlineData("what did Kari Lunde tell her?")]
    [InlineData("did they cut their rates?")]
    [InlineData("when did Ola Brekke say it?")]
    [InlineData("how much did it cost?")]
    [InlineData("what did he say it would cost?")]
    public void IsFollowUp_AnaphorEllipsisOrShortQuestion_IsTrue(string question)
    {
        var followUp = FollowUpRewriter.IsFollowUp(question);

        Assert.True(followUp);
    }

    [Theory]
    [InlineData("did Russia answer NATO's proposals?")]
    [InlineData("where were the US talks held?")]
    [InlineData("what did Russia propose on December 17?")]
    [InlineData("did Stoltenberg say that Russia answered?")]
    [InlineData("Tell me about Geneva")]
    [InlineData("Tell me what Stoltenberg said")]
    [InlineData("What happened on January 10?")]
    [InlineData("")]
    [InlineData("why did norway change its defence policy?")]
    [InlineData("how many troops did the UK send to its eastern flank?")]
    [InlineData("has the Ferry Office cut its staff?")]
    [InlineData("which country raised its interest rates?")]
    [InlineData("when did Kari Lunde announce her resignation?")]
    [InlineData("did Norway say it would send ferries?")]
    [InlineData("why did Kari Lunde say she would resign?")]
    public void IsFollowUp_StandaloneQuestion_IsFalse(string question)
    {
        var followUp = FollowUpRewriter.IsFollowUp(question);

        Assert.False(followUp);
    }

    [Fact]
    public void Rewrite_WhenWasThatAfterDecember17Answer_AddsTheQuestionAndTheLeadCitationTerms()
    {
        var standalone = FollowUpRewriter.Rewrite("when was that?", December17);

        Assert.StartsWith("when was that?", standalone, StringComparison.Ordinal);
        Assert.Contains("draft agreement", standalone, StringComparison.Ordinal);
        Assert.Contains("russia", standalone, StringComparison.Ordinal);
        Assert.Contains("foreign ministry", standalone, StringComparison.Ordinal);
        Assert.Contains("december 17", standalone, StringComparison.Ordinal);
    }

    /// <summary>A follow-up typed with capitals says what its names are; its context keeps the previous turn's capitals.</summary>
    [Fact]
    public void Rewrite_CasedFollowUp_KeepsTheContextsCapitals()
    {
        var standalone = FollowUpRewriter.Rewrite("what did NATO say about that?", December17);

        Assert.Contains("Russia", standalone, StringComparison.Ordinal);
        Assert.Contains("Foreign Ministry", standalone, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_AddsEachTermOnceAndAtMostTheCap()
    {
        var standalone = FollowUpRewriter.Rewrite("when was that?", December17);

        var added = KeyTerms.Words(standalone).Skip(3).ToList();
        Assert.Equal(added.Count, added.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.InRange(added.Count, 1, FollowUpRewriter.MaxContextTerms);
    }

    [Fact]
    public void Rewrite_PreviousTurnNotAnswered_UsesThePreviousQuestionOnly()
    {
        var previous = new ConversationTurn { Question = "who won the football World Cup?", IsAnswered = false };

        var standalone = FollowUpRewriter.Rewrite("and in 2018?", previous);

        Assert.Equal("and in 2018? won football world cup", standalone);
    }

    [Theory]
    [InlineData("did Russia answer NATO's proposals?")]
    [InlineData("where were the US talks held?")]
    [InlineData("why did norway change its defence policy?")]
    public void Rewrite_StandaloneQuestion_IsReturnedUnchanged(string question)
    {
        var standalone = FollowUpRewriter.Rewrite(question, December17);

        Assert.Equal(question, standalone);
    }

    private static ConversationTurn Led(string lead) => new()
    {
        Question = "who runs the Vardo harbour?",
        IsAnswered = true,
        Cited = [new CitedSentence { Id = "vardo#3", Text = lead }],
    };

    /// <summary>A personal pronoun is written as the one person the previous lead introduces, so the checks read who is asked about.</summary>
    [Theory]
    [InlineData("what did she say about Tromso?", "what did Kari Lunde say about Tromso?")]
    [InlineData("what did she say about the ferries?", "what did kari lunde say about the ferries?")]
    [InlineData("when did she take office?", "when did kari lunde take office?")]
    [InlineData("who appointed her?", "who appointed kari lunde?")]
    [InlineData("what is her salary?", "what is kari lunde's salary?")]
    [InlineData("she's gone, so who did she appoint?", "she's gone, so who did kari lunde appoint?")]
    public void Rewrite_PersonalPronoun_IsThePersonThePreviousLeadIntroduces(string question, string expected)
    {
        var standalone = FollowUpRewriter.Rewrite(question, Led("Kari Lunde, Vardo's harbour warden, said the quay was safe."));

        Assert.Equal(expected, standalone);
    }

    /// <summary>A question that still follows up something else once its person is named keeps the previous turn's words.</summary>
    [Fact]
    public void Rewrite_PersonalPronounAndAnotherAnaphor_AddsThePreviousTurnsWords()
    {
        var standalone = FollowUpRewriter.Rewrite("what did she say about it?", Led("Kari Lunde, Vardo's harbour warden, said the quay was safe."));

        Assert.StartsWith("what did kari lunde say about it? ", standalone, StringComparison.Ordinal);
        Assert.Contains("quay", standalone, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kari Lunde, Vardo's harbour warden, and Ola Brekke, the Tromso mayor, said the quay was safe.")]
    [InlineData("The harbour office said the quay was safe.")]
    public void Rewrite_PreviousLeadIntroducingNoOneOrTwoPeople_KeepsThePronoun(string lead)
    {
        var standalone = FollowUpRewriter.Rewrite("what did she say about the ferries?", Led(lead));

        Assert.StartsWith("what did she say about the ferries?", standalone, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_NoPreviousTurn_IsReturnedUnchanged()
    {
        var standalone = FollowUpRewriter.Rewrite("when was that?", previous: null);

        Assert.Equal("when was that?", standalone);
    }
}
