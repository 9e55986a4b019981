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
    [InlineData("Sanity check - when did the strike end?", "when did the strike end?")]
    [InlineData("Tally for me: how many seats changed hands?", "how many seats changed hands?")]
    public void Strip_ChattyOpening_LeavesTheQuestion(string question, string expected)
    {
        Assert.Equal(expected, QuestionFraming.Strip(question));
    }

    [Theory]
    [InlineData("About the Halden Foods merger - when does it close?")]
    [InlineData("The 9 March tram tender in Porto - who won?")]
    [InlineData("What did the union offer on October 4?")]
    [InlineData("Who said: what is to be done?")]
    [InlineData("Ask Kallas what she told you?")]
    [InlineData("The mayor told reporters why the port closed?")]
    [InlineData("How did you know where it was?")]
    [InlineData("Zoomcar bookings - how many last quarter?")]
    [InlineData("Volvo recall: which models?")]
    public void Strip_OpeningThatNamesSomethingOrNoOpening_KeepsTheQuestion(string question)
    {
        Assert.Equal(question, QuestionFraming.Strip(question));
    }

    [Theory]
    [InlineData("According to the harbour master, why did the ferry turn back?", "why did the ferry turn back?", "According to the harbour master")]
    [InlineData("Who steered the ferry that night, according to the coastguard report?", "Who steered the ferry that night?", "according to the coastguard report")]
    [InlineData("For the Vardo port story - when do the new cranes arrive?", "when do the new cranes arrive?", "For the Vardo port story")]
    [InlineData("In the BBC piece: who chairs the committee?", "who chairs the committee?", "In the BBC piece")]
    [InlineData("The 9 March tram tender in Porto - who won?", "The 9 March tram tender in Porto - who won?", "")]
    [InlineData("Who gave the order to turn back?", "Who gave the order to turn back?", "")]
    [InlineData("Which bridge is the mayor due to open on 9 May?", "Which bridge is the mayor due to open on 9 May?", "")]
    [InlineData("According to the port, what is the ferry expected to carry?", "what is the ferry expected to carry?", "According to the port")]
    public void Split_AttributionOrReferenceToAPiece_IsTheFrameNotTheAsk(string question, string ask, string frame)
    {
        var split = QuestionFraming.Split(question);

        Assert.Equal((ask, frame), split);
    }

    [Theory]
    [InlineData("According to the port, what is the ferry expected to carry?")]
    [InlineData("Who steered the ferry that night, according to the coastguard report?")]
    [InlineData("Quick one: which bridge is the mayor due to open on 9 May?")]
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
    [InlineData("Which bridge is the mayor due to open on 9 May?", "Which bridge is the mayor to open on 9 May?")]
    [InlineData("what is the ferry expected to carry?", "what is the ferry to carry?")]
    [InlineData("Who gave the order to turn back?", "Who gave the order to turn back?")]
    public void Searched_ScheduledEvent_IsSearchedAsPlainTo(string ask, string searched)
    {
        Assert.Equal(searched, QuestionFraming.Searched(ask));
    }

    [Theory]
    [InlineData("whats the ferry's top speed", "what's the ferry's top speed")]
    [InlineData("Whos the new harbour master?", "Who's the new harbour master?")]
    [InlineData("why didnt the council vote?", "why didn't the council vote?")]
    [InlineData("what are its plans if the bank cant lend?", "what are its plans if the bank cant lend?")]
    [InlineData("how did the whatsapp group react?", "how did the whatsapp group react?")]
    public void Strip_AContractionTypedWithoutItsApostrophe_GetsItBack(string question, string expected)
    {
        Assert.Equal(expected, QuestionFraming.Strip(question));
    }

    [Theory]
    [InlineData("portvale ferry - how many passengers did it carry?", "how many passengers did it carry?", "Portvale ferry")]
    [InlineData("quick one - how many passengers did it carry?", "how many passengers did it carry?", "")]
    [InlineData("Portvale ferry - how many passengers did it carry?", "Portvale ferry - how many passengers did it carry?", "")]
    [InlineData("can you tell me how many passengers it carried?", "how many passengers it carried?", "")]
    [InlineData("how many passengers did the portvale ferry carry?", "how many passengers did the Portvale ferry carry?", "")]
    public void Read_ALowerCaseOpeningThatNamesSomethingIsTheTopic(string typed, string question, string topic)
    {
        // The coverage writes Portvale as a name, and nothing else here.
        static string Restore(string text) => text.Replace("portvale", "Portvale", StringComparison.Ordinal);

        Assert.Equal((question, topic), QuestionFraming.Read(typed, Restore));
    }
}
