using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class AnswerTypeTests
{
    [Theory]
    [InlineData("where were the US talks held?", AnswerKind.Place)]
    [InlineData("When did the council meet?", AnswerKind.Date)]
    [InlineData("who leads NATO?", AnswerKind.Person)]
    [InlineData("How many drafts were released?", AnswerKind.Number)]
    [InlineData("what did Russia propose?", AnswerKind.Other)]
    public void Expected_ReadsTheQuestionWord(string question, AnswerKind expected)
    {
        Assert.Equal(expected, AnswerType.Expected(question));
    }

    [Theory]
    [InlineData(AnswerKind.Place, "Consultations took place in Geneva on January 10.", true)]
    [InlineData(AnswerKind.Place, "Russia didn’t answer during the meeting.", false)]
    [InlineData(AnswerKind.Date, "The council met on January 12.", true)]
    [InlineData(AnswerKind.Date, "The council met in Brussels.", false)]
    [InlineData(AnswerKind.Person, "The alliance said Jens Stoltenberg would attend.", true)]
    [InlineData(AnswerKind.Person, "Nobody said anything.", false)]
    [InlineData(AnswerKind.Number, "Two drafts were released.", true)]
    [InlineData(AnswerKind.Number, "Drafts were released.", false)]
    public void Holds_RecognisesTheKindInASentence(AnswerKind kind, string sentence, bool expected)
    {
        Assert.Equal(expected, AnswerType.Holds(kind, sentence));
    }
}
