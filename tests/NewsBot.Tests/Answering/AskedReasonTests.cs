using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class AskedReasonTests
{
    [Theory]
    [InlineData("Why did the Vardo harbour master resign?", true)]
    [InlineData("According to the coastguard, why did the ferry turn back?", true)]
    [InlineData("What was the reason for the Vardo ferry's delay?", true)]
    [InlineData("What caused the Vardo blackout?", true)]
    [InlineData("When did the Vardo harbour master resign?", false)]
    [InlineData("How come the Vardo ferry turned back?", true)]
    [InlineData("What's Vardo council's reasoning for closing the harbour?", true)]
    [InlineData("What is the mayor's rationale for the new toll?", true)]
    [InlineData("What's the reason for the ferry's delay?", true)]
    [InlineData("How did the Vardo ferry come to a halt?", false)]
    [InlineData("What's the council's plan for the harbour?", false)]
    public void Of_WhyOrReasonQuestion_AsksAReason(string question, bool expected)
    {
        Assert.Equal(expected, AskedReason.Of(question).IsAsked);
    }

    [Theory]
    [InlineData("She quit because her department was given no budget.", true)]
    [InlineData("The ferry turned back due to a six-metre swell.", true)]
    [InlineData("The talks stalled over fishing quotas, the minister said.", true)]
    [InlineData("The mayor resigned in protest at the harbour plan.", true)]
    [InlineData("The council cut the budget, citing falling tax receipts.", true)]
    [InlineData("Trains were rerouted at short notice, causing delays and missed connections.", true)]
    [InlineData("The harbour master also opened the new slipway.", false)]
    [InlineData("The harbour master took up his post in 2003.", false)]
    [InlineData("Fishing catches rose over the past year.", false)]
    [InlineData("Prices rose by over 5% this spring.", false)]
    [InlineData("Such as ferries and tankers, as well as trawlers.", false)]
    [InlineData("Bergen sealed a 2-1 victory over Tromso on Saturday.", false)]
    [InlineData("Ministers again debated a no-fly zone over Vardo harbour.", false)]
    [InlineData("Ferry crews walked out over pay on Saturday.", true)]
    [InlineData("The harbour master resigned after complaints from the crews.", true)]
    [InlineData("The harbour master has resigned after only a year in the post.", false)]
    [InlineData("The ferry was back in service after three weeks of repairs.", false)]
    [InlineData("Talks resumed after 10 days.", false)]
    [InlineData("The quay reopened after midnight.", false)]
    [InlineData("The council met again after Tuesday.", false)]
    [InlineData("Ferries were cancelled after Tuesday's storm.", true)]
    public void HeldBy_CausalClauseOrReportedReason_GivesAReason(string sentence, bool expected)
    {
        var reason = AskedReason.Of("Why did it happen?");

        Assert.Equal(expected, reason.HeldBy(sentence));
    }
}
