using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class QuestionFramingTests
{
    [Theory]
    [InlineData("Quick check: who chairs the committee?", "who chairs the committee?")]
    [InlineData("Remind me - what did the minister announce?", "what did the minister announce?")]
    [InlineData("quick one – how many drones were shot down?", "how many drones were shot down?")]
    [InlineData("Can you remind me what the minister announced?", "what the minister announced?")]
    [InlineData("do you know why the port closed?", "why the port closed?")]
    [InlineData("Could you tell me who chairs the committee?", "who chairs the committee?")]
    public void Strip_ChattyOpening_LeavesTheQuestion(string question, string expected)
    {
        Assert.Equal(expected, QuestionFraming.Strip(question));
    }

    [Theory]
    [InlineData("For the Halden Foods piece - which brands held back sales?")]
    [InlineData("Lisbon's order on 9 March - how many ferries?")]
    [InlineData("What did Russia propose on December 17?")]
    [InlineData("Who said: what is to be done?")]
    [InlineData("Ask Kallas what she told you?")]
    [InlineData("The mayor told reporters why the port closed?")]
    [InlineData("How did you know where it was?")]
    public void Strip_OpeningThatNamesSomethingOrNoOpening_KeepsTheQuestion(string question)
    {
        Assert.Equal(question, QuestionFraming.Strip(question));
    }

    [Theory]
    [InlineData("According to the harbour master, why did the ferry turn back?", "why did the ferry turn back?", "According to the harbour master")]
    [InlineData("Why did the ferry turn back, according to the coastguard report?", "Why did the ferry turn back?", "according to the coastguard report")]
    [InlineData("For the Vardo port story - which ships were turned away?", "which ships were turned away?", "For the Vardo port story")]
    [InlineData("In the BBC piece: who chairs the committee?", "who chairs the committee?", "In the BBC piece")]
    [InlineData("Lisbon's order on 9 March - how many ferries?", "Lisbon's order on 9 March - how many ferries?", "")]
    [InlineData("Who gave the order to turn back?", "Who gave the order to turn back?", "")]
    [InlineData("What was the mayor due to open on 9 May?", "What was the mayor due to open on 9 May?", "")]
    [InlineData("According to the port, what is the ferry expected to carry?", "what is the ferry expected to carry?", "According to the port")]
    public void Split_AttributionOrReferenceToAPiece_IsTheFrameNotTheAsk(string question, string ask, string frame)
    {
        var split = QuestionFraming.Split(question);

        Assert.Equal((ask, frame), split);
    }

    [Theory]
    [InlineData("According to the port, what is the ferry expected to carry?")]
    [InlineData("Why did the ferry turn back, according to the coastguard report?")]
    [InlineData("Quick one: what was the mayor due to open on 9 May?")]
    public void Frame_AnyQuestion_AskIsASpanOfTheQuestionAsGiven(string question)
    {
        var framed = QuestionFraming.Frame(question);

        Assert.Equal(framed.Ask, question.Substring(framed.AskStart, framed.Ask.Length));
    }

    [Fact]
    public void Frame_ChattyOpening_IsLeftForTheCallerToStripOnce()
    {
        var framed = QuestionFraming.Frame("Quick one: who chairs the committee?");

        Assert.Equal("Quick one: who chairs the committee?", framed.Ask);
    }

    [Theory]
    [InlineData("What was the mayor due to open on 9 May?", "What was the mayor to open on 9 May?")]
    [InlineData("what is the ferry expected to carry?", "what is the ferry to carry?")]
    [InlineData("Who gave the order to turn back?", "Who gave the order to turn back?")]
    public void Searched_ScheduledEvent_IsSearchedAsPlainTo(string ask, string searched)
    {
        Assert.Equal(searched, QuestionFraming.Searched(ask));
    }
}
