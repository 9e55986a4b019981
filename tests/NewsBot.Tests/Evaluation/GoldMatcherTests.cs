using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

public sealed class GoldMatcherTests
{
    [Theory]
    [InlineData("The RNA interference pathway is present in all eukaryotes.", true)]
    [InlineData("RNA  INTERFERENCE\nis common.", true)]
    [InlineData("Interference with RNA is not the same thing.", false)]
    public void Supports_AnswerString_MatchesAfterFolding(string sentence, bool expected)
    {
        var question = new EvaluationQuestion { Id = "q", Question = "?", Answers = ["RNA interference"] };

        Assert.Equal(expected, GoldMatcher.Supports(sentence, question));
    }

    [Theory]
    [InlineData("For 2019, the cooperative recorded an annual revenue of $3.4 billion", true)]
    [InlineData("For 2019, the cooperative recorded an annual revenue of $3.4 billion, making it the #5 grocer in the region.", true)]
    [InlineData("The cooperative recorded an annual revenue.", false)]
    public void Supports_GoldSentence_MatchesTheSentenceNotJustTheAnswer(string sentence, bool expected)
    {
        var question = new EvaluationQuestion
        {
            Id = "q",
            Question = "?",
            Answers = ["annual revenue"],
            GoldSentences = ["For 2019, the cooperative recorded an annual revenue of $3.4 billion, making it the #5 grocer in the region."],
        };

        Assert.Equal(expected, GoldMatcher.Supports(sentence, question));
    }

    [Fact]
    public void Fold_CurlyQuotesDashesAndCase_AreUnified()
    {
        Assert.Equal("it's a \"test\" - done", GoldMatcher.Fold("  It’s a “Test” — done \n"));
    }
}
