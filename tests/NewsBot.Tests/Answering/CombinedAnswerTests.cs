using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class CombinedAnswerTests
{
    private static Citation Cite(int number, string article, int ordinal) => new()
    {
        Number = number,
        ArticleId = article,
        SentenceOrdinal = ordinal,
        Start = 0,
        End = 5,
        Quote = "Quote",
        Headline = "Headline",
    };

    private static Answer Answered(string text, params Citation[] citations) =>
        new() { Question = "q", Text = text, Citations = citations, IsAnswered = true };

    [Fact]
    public void Of_RenumbersTheSecondPartsMarkersAndKeepsASharedSentencesNumber()
    {
        var first = Answered("The bridge is 19 km long. [1] It opened in 2018. [2]", Cite(1, "a", 3), Cite(2, "a", 4));
        var second = Answered("A firm owned by a Putin ally built it. [1] It opened in 2018. [2]", Cite(1, "b", 7), Cite(2, "a", 4));

        var answer = CombinedAnswer.Of("How long is it, and who built it?", Answer.NotCovered("q"), [("How long is it?", first), ("who built it?", second)]);

        Assert.True(answer.IsAnswered);
        Assert.Equal([1, 2, 3], answer.Citations.Select(c => c.Number));
        Assert.Equal(["a#3", "a#4", "b#7"], answer.Citations.Select(c => c.SentenceId));
        Assert.Equal("The bridge is 19 km long. [1] It opened in 2018. [2]\n\nA firm owned by a Putin ally built it. [3] It opened in 2018. [2]", answer.Text);
    }

    [Fact]
    public void Of_APartNotCovered_SaysWhichAndCitesNothingForIt()
    {
        var first = Answered("The bridge is 19 km long. [1]", Cite(1, "a", 3));

        var answer = CombinedAnswer.Of("How long is it, and who paid?", Answer.NotCovered("q"), [("How long is it?", first), ("who paid?", Answer.NotCovered("who paid?"))]);

        Assert.True(answer.IsAnswered);
        Assert.Single(answer.Citations);
        Assert.EndsWith("The coverage doesn't say: who paid?", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_EveryPartAnswered_GivesThePartsAndLeavesTheWholeOut()
    {
        var whole = Answered("The bridge opened in 2018. [1]", Cite(1, "a", 9));
        var length = Answered("The bridge is 19 km long. [1]", Cite(1, "a", 3));
        var builder = Answered("A firm owned by a Putin ally built it. [1]", Cite(1, "b", 7));

        var answer = CombinedAnswer.Of("How long is it, and who built it?", whole, [("How long is it?", length), ("who built it?", builder)]);

        Assert.Equal("The bridge is 19 km long. [1]\n\nA firm owned by a Putin ally built it. [2]", answer.Text);
        Assert.Equal(["a#3", "b#7"], answer.Citations.Select(c => c.SentenceId));
    }

    [Fact]
    public void Of_APartUnansweredAndTheWholeAnswered_NamesThePartAndAddsTheWholesNewLead()
    {
        var whole = Answered("The bridge, built by a Putin ally, is 19 km long. [1]", Cite(1, "c", 2));
        var length = Answered("The bridge is 19 km long. [1]", Cite(1, "a", 3));

        var answer = CombinedAnswer.Of("How long is it, and who built it?", whole, [("How long is it?", length), ("who built it?", Answer.NotCovered("who built it?"))]);

        Assert.Equal("The bridge is 19 km long. [1]\n\nThe coverage doesn't say: who built it?\n\nThe bridge, built by a Putin ally, is 19 km long. [2]", answer.Text);
        Assert.Equal(["a#3", "c#2"], answer.Citations.Select(c => c.SentenceId));
    }

    [Fact]
    public void Of_APartUnansweredAndTheWholesLeadAlreadyCited_AddsNothingMore()
    {
        var whole = Answered("The bridge is 19 km long. [1]", Cite(1, "a", 3));

        var answer = CombinedAnswer.Of("How long is it, and who built it?", whole, [("How long is it?", whole), ("who built it?", Answer.NotCovered("who built it?"))]);

        Assert.Equal("The bridge is 19 km long. [1]\n\nThe coverage doesn't say: who built it?", answer.Text);
    }

    [Fact]
    public void Of_NoPartCovered_IsNotAnswered()
    {
        var answer = CombinedAnswer.Of("How long, and who?", Answer.NotCovered("q"), [("How long?", Answer.NotCovered("How long?")), ("who?", Answer.NotCovered("who?"))]);

        Assert.False(answer.IsAnswered);
        Assert.Empty(answer.Citations);
    }
}
