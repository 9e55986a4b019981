using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

public sealed class GoldMatcherTests
{
    [Theory]
    [InlineData("Tidal locking keeps one face of the moon turned towards its planet.", true)]
    [InlineData("TIDAL  LOCKING\nis common.", true)]
    [InlineData("Locking the tidal gates is not the same thing.", false)]
    public void Supports_AnswerString_MatchesAfterFolding(string sentence, bool expected)
    {
        var question = new EvaluationQuestion { Id = "q", Question = "?", Answers = ["tidal locking"] };

        Assert.Equal(expected, GoldMatcher.Supports(sentence, question));
    }

    [Theory]
    [InlineData("Ticket sales at the lido rose to 84,000 last summer", true)]
    [InlineData("Ticket sales at the lido rose to 84,000 last summer, the best season since it reopened.", true)]
    [InlineData("Ticket sales at the lido rose.", false)]
    public void Supports_GoldSentence_MatchesTheSentenceNotJustTheAnswer(string sentence, bool expected)
    {
        var question = new EvaluationQuestion
        {
            Id = "q",
            Question = "?",
            Answers = ["ticket sales"],
            GoldSentences = ["Ticket sales at the lido rose to 84,000 last summer, the best season since it reopened."],
        };

        Assert.Equal(expected, GoldMatcher.Supports(sentence, question));
    }

    [Fact]
    public void Fold_CurlyQuotesDashesAndCase_AreUnified()
    {
        Assert.Equal("it's a \"test\" - done", GoldMatcher.Fold("  It’s a “Test” — done \n"));
    }
}
