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
    [InlineData("When rich countries trade with poor ones, how many jobs move?", AnswerKind.Number)]
    [InlineData("Where the talks failed, who walked out first?", AnswerKind.Person)]
    [InlineData("When, according to Lavrov, will Russia reply?", AnswerKind.Date)]
    [InlineData("In what year did the talks begin?", AnswerKind.Date)]
    [InlineData("During which century was the fort built?", AnswerKind.Date)]
    [InlineData("Approximately how many people now live on Earth?", AnswerKind.Number)]
    [InlineData("What percentage of voters turned out?", AnswerKind.Number)]
    [InlineData("How old was the president?", AnswerKind.Number)]
    [InlineData("How did the talks go?", AnswerKind.Other)]
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

    [Theory]
    [InlineData(AnswerKind.Date, "When was the Peace of Westphalia signed?", "Since the Peace of Westphalia, the Upper Rhine formed a border.", false)]
    [InlineData(AnswerKind.Date, "When was the Peace of Westphalia signed?", "The Peace of Westphalia was signed in 1648.", true)]
    [InlineData(AnswerKind.Date, "When did the plague reach England?", "It spread through the Low Countries from 1349.", true)]
    [InlineData(AnswerKind.Date, "When did the council meet in 2022?", "The council met in 2022 in Brussels.", false)]
    [InlineData(AnswerKind.Number, "How many people attended the 1875 regatta?", "The regatta of 1875 drew crowds.", false)]
    [InlineData(AnswerKind.Number, "How many people attended the 1875 regatta?", "The 1875 regatta drew 25,000 people.", true)]
    [InlineData(AnswerKind.Number, "How many schools were recognised?", "Four schools were recognised.", true)]
    [InlineData(AnswerKind.Place, "Where were the talks held?", "The talks were held.", true)]
    public void Offers_AWhenOrHowManyQuestionNeedsAValueTheQuestionDoesNotAlreadyName(AnswerKind kind, string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AnswerType.Offers(kind, sentence, question));
    }

    [Fact]
    public void Span_IsNeverWhatTheQuestionAlreadyNames()
    {
        const string sentence = "Harvard Yard contains Sever Hall and University Hall, home to Adams House residents.";

        Assert.Equal("University Hall", AnswerType.Span(AnswerKind.Person, sentence, "Who were formerly housed at Sever Hall?"));
        Assert.Null(AnswerType.Span(AnswerKind.Number, "The regatta of 1875 drew crowds.", "How many people attended the 1875 regatta?"));
        Assert.Equal("25,000 people", AnswerType.Span(AnswerKind.Number, "The 1875 regatta drew 25,000 people.", "How many people attended the 1875 regatta?"));
    }
}
