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
    [InlineData("For 2011, the company recorded an annual revenue of $2.1 billion", true)]
    [InlineData("For 2011, the company recorded an annual revenue of $2.1 billion, making it the #20 largest software company.", true)]
    [InlineData("The company recorded an annual revenue.", false)]
    public void Supports_GoldSentence_MatchesTheSentenceNotJustTheAnswer(string sentence, bool expected)
    {
        var question = new EvaluationQuestion
        {
            Id = "q",
            Question = "?",
            Answers = ["annual revenue"],
            GoldSentences = ["For 2011, the company recorded an annual revenue of $2.1 billion, making it the #20 largest software company."],
        };

        Assert.Equal(expected, GoldMatcher.Supports(sentence, question));
    }

    [Fact]
    public void Fold_CurlyQuotesDashesAndCase_AreUnified()
    {
        Assert.Equal("it's a \"test\" - done", GoldMatcher.Fold("  It’s a “Test” — done \n"));
    }
}
