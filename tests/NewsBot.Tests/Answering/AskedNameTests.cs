using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class AskedNameTests
{
    /// <summary>A what question asked of its verb's object is answered by a sentence naming that object, not one giving it a description.</summary>
    [Theory]
    [InlineData("What will Okafor's firm launch at the Oslo fair?", "The firm will launch Fjordgram Pay at the fair.", true)]
    [InlineData("What will Okafor's firm launch at the Oslo fair?", "Okafor's firm will launch a payments app at the Oslo fair.", false)]
    [InlineData("What did Okafor sign in Oslo?", "Okafor signed the Fjordgram Accord on Tuesday.", true)]
    [InlineData("What did Okafor sign in Oslo?", "Okafor signed it in Oslo.", false)]
    [InlineData("What did Okafor say in Oslo?", "Okafor said Fjordgram would join.", false)]
    [InlineData("Who signed the Fjordgram Accord?", "Okafor signed the Fjordgram Accord on Tuesday.", false)]
    public void NamesObject_TheVerbsObjectByName_AnswersWhat(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedName.ObjectOf(question).NamesObject(sentence));
    }

    /// <summary>A who question's verb in the passive, with a doer the question does not name, gives the answer itself.</summary>
    [Theory]
    [InlineData("Who chairs the inquiry into the Vardo ferry fire?", "The inquiry, chaired by the Fjordgram engineer Kari Okafor, opens in May.", true)]
    [InlineData("Who wrote the Vardo harbour report?", "The report, written by the engineer Kari Okafor, was published on Monday.", true)]
    [InlineData("Who chairs the inquiry into the Vardo ferry fire?", "Lunde, who chaired the harbour board for years, will give evidence.", false)]
    [InlineData("Who chairs the inquiry into the Vardo ferry fire?", "The inquiry is chaired by the Vardo mayor.", false)]
    [InlineData("Who wrote the Vardo harbour report?", "The report was delayed by Storm Ingrid.", false)]
    [InlineData("Who is the Vardo harbour master?", "The harbour is run by Kari Okafor.", false)]
    [InlineData("Who's the Vardo councillor who chaired the ferry inquiry?", "The inquiry, chaired by the Fjordgram engineer Kari Okafor, opens in May.", false)]
    public void NamesAgent_TheVerbInThePassive_NamesTheDoer(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedName.Of(question, AnswerType.Expected(question)).NamesAgent(sentence));
    }

    [Theory]
    [InlineData("Who chairs the inquiry into Ola Brekke's ferry fire?", "The inquiry will be chaired by retired judge Sami Tora.", true)]
    [InlineData("Who chairs the inquiry into Ola Brekke's ferry fire?", "Former skipper Ola Brekke lost his ferry in the fire in June.", false)]
    [InlineData("Who chairs the inquiry into Ola Brekke's ferry fire?", "The inquiry will sit in front of a public gallery.", false)]
    [InlineData("Who took over the Vardo harbour board once Ola Brekke stepped down?", "Ola Brekke chaired the Vardo harbour board for ten years.", false)]
    [InlineData("Who took over the Vardo harbour board once Ola Brekke stepped down?", "Russia took over the Vardo harbour board's contracts.", true)]
    [InlineData("How did Ottawa respond to the Vardo vote?", "Ottawa kept quiet.", true)]
    public void HeldBy_WhoQuestion_NeedsANameTheQuestionDoesNotGive(string question, string sentence, bool expected)
    {
        var name = AskedName.Of(question, AnswerType.Expected(question));

        Assert.Equal(expected, name.HeldBy(sentence));
    }

    [Theory]
    [InlineData("Which senator's report flagged cracks in the Brennmoor dam?", "The cracks came to light in a report by Senator Ruth Okafor, published in May.", true)]
    [InlineData("Which senator's report flagged cracks in the Brennmoor dam?", "Repairing the Brennmoor dam will keep Sweden busy until 2030, engineers warned.", false)]
    [InlineData("Which senator's report flagged cracks in the Brennmoor dam?", "The report was debated in the chamber on Friday.", false)]
    [InlineData("Which senator's report flagged cracks in the Brennmoor dam?", "It was Mrs Okafor who filed the report on the Brennmoor dam.", true)]
    public void HeldBy_ARole_WantsAPersonNotACountry(string question, string sentence, bool expected)
    {
        var name = AskedName.Of(question, AnswerType.Expected(question));

        Assert.True(name.ByRole);
        Assert.Equal(expected, name.HeldBy(sentence));
    }

    [Theory]
    [InlineData("Which MP asked about the Vardo ferry?", AnswerKind.Person)]
    [InlineData("Which minister's letter was leaked?", AnswerKind.Person)]
    [InlineData("which Vardo mayor signed the order?", AnswerKind.Person)]
    [InlineData("Which high-profile senator backed the Vardo levy?", AnswerKind.Person)]
    [InlineData("What major changes did Vardo make?", AnswerKind.Other)]
    [InlineData("Which architect drew up the new library?", AnswerKind.Other)]
    [InlineData("Which ferry was turned back?", AnswerKind.Other)]
    [InlineData("Which Vardo ferry was turned back?", AnswerKind.Other)]
    public void Expected_WhichRole_AsksForAPerson(string question, AnswerKind expected)
    {
        Assert.Equal(expected, AnswerType.Expected(question));
    }

    [Theory]
    [InlineData("the Vardo blogger who posts as Skarv - what's his real name?", "One Vardo blogger posts as Skarv.", false)]
    [InlineData("the Vardo blogger who posts as Skarv - what's his real name?", "Skarv is the pen name of teacher Ola Brekke.", true)]
    [InlineData("What was the name of the Vardo rescue operation?", "The Vardo rescue operation began at dawn.", false)]
    [InlineData("What was the name of the Vardo rescue operation?", "The Vardo rescue was codenamed Kittiwake.", true)]
    [InlineData("What was the name of the Vardo rescue operation?", "The Vardo rescue became Operation Kittiwake.", true)]
    [InlineData("What was the name of the Vardo rescue operation?", "The Vardo Rescue Operation began at dawn.", false)]
    [InlineData("What is the new Vardo ferry called?", "The new Vardo ferry was named Polaris after a vote.", true)]
    [InlineData("What is the new Vardo ferry called?", "The new Vardo ferry carries 300 cars.", false)]
    [InlineData("whats the new Vardo ferry called", "The new Vardo ferry was named Polaris after a vote.", true)]
    [InlineData("what's the name of the Nato envoy to Vardo?", "Nato Envoy Kari Lunde reached Vardo on Monday.", true)]
    [InlineData("what's the name of the Nato envoy to Vardo?", "The Nato envoy reached Vardo on Monday.", false)]
    [InlineData("What's the name of the Nato secretary general?", "Nato Secretary General Kari Lunde said talks should go on.", true)]
    [InlineData("What's the name of the Nato secretary general?", "Nato Secretary General said talks should go on.", false)]
    [InlineData("what's the new Vardo ferry called?", "The new Vardo ferry carries 300 cars.", false)]
    public void Of_AQuestionAskingTheName_RequiresANewName(string question, string sentence, bool expected)
    {
        var name = AskedName.Of(question, AnswerType.Expected(question));

        Assert.True(name.IsRequired);
        Assert.Equal(expected, name.HeldBy(sentence));
    }

    [Theory]
    [InlineData("whose retirement left the seat empty?")]
    [InlineData("What was behind the Vardo ferry's name change?")]
    [InlineData("What did the Vardo council decide?")]
    public void Of_AQuestionNamingNobodyOrNotAskingWho_AsksNoName(string question)
    {
        var name = AskedName.Of(question, AnswerType.Expected(question));

        Assert.False(name.IsAsked);
        Assert.True(name.HeldBy("The council met on Friday."));
    }

    [Theory]
    [InlineData("Which architect drew up the Vardo ferry terminal?", "The Vardo ferry terminal opened in May after a long delay.", LeadCheck.Name)]
    [InlineData("Which architect drew up the Vardo ferry terminal?", "The Vardo ferry terminal was drawn up by architect Per Halvorsen.", LeadCheck.None)]
    [InlineData("Which bidder won the Vardo cannery?", "The cannery went to Nordfisk, which beat two rivals.", LeadCheck.None)]
    [InlineData("Which skipper sailed the Vardo ferry home?", "Skipper Ola Brekke sailed the Vardo ferry home.", LeadCheck.None)]
    [InlineData("Which skipper sailed the Vardo ferry home?", "The skipper sailed the Vardo ferry home.", LeadCheck.Name)]
    [InlineData("Which architect drew up the Vardo ferry terminal?", "Norwegian builders finished the Vardo ferry terminal in May.", LeadCheck.Name)]
    [InlineData("What's the name of the Vardo ferry's skipper?", "The Vardo ferry sank in a storm off the cape.", LeadCheck.Name)]
    [InlineData("What's the name of the Vardo ferry's skipper?", "The Vardo ferry's skipper, Ola Brekke, was rescued.", LeadCheck.None)]
    [InlineData("Who spoke for the Vardo crews?", "The crews' case was put by their union.", LeadCheck.None)]
    public void FailedBy_WhichRole_RequiresANameWhereWhoOnlyPrefersOne(string question, string sentence, LeadCheck expected)
    {
        Assert.Equal(expected, AskedChecks.Of(question).FailedBy(sentence));
    }

    /// <summary>"Who is the &lt;office&gt;" asks who holds it, which only a name answers; "who is &lt;name&gt;" and "who is responsible" may be answered by a description.</summary>
    [Theory]
    [InlineData("Who is the Vardo mayor?", "If I were still a mayor in Vardo I would back the plan.", LeadCheck.Name)]
    [InlineData("Who is the Vardo mayor?", "Vardo's mayor, Ola Brekke, backed the plan.", LeadCheck.None)]
    [InlineData("who's the Vardo football manager?", "The Vardo football manager will retire in May.", LeadCheck.Name)]
    [InlineData("Who is the chairman of Nordvik Ferries?", "Kari Lunde, the chairman of Nordvik Ferries, backed the plan.", LeadCheck.None)]
    [InlineData("Who is the chairman of Nordvik Ferries?", "Nordvik Ferries will name a new chairman in May.", LeadCheck.Name)]
    [InlineData("Who's the Fisheries Minister?", "The Fisheries Minister will retire in May.", LeadCheck.Name)]
    [InlineData("Who's the Fisheries Minister?", "Fisheries Minister Ola Brekke will retire in May.", LeadCheck.None)]
    [InlineData("who is the Vardo fisheries minister?", "Vardo Fisheries Minister Ola Brekke will retire in May.", LeadCheck.None)]
    [InlineData("Who is Kari Lunde?", "Kari Lunde runs the ferry company's Bergen office.", LeadCheck.None)]
    [InlineData("Who is Kari Baker?", "Kari Baker runs the ferry company's Bergen office.", LeadCheck.None)]
    [InlineData("Who is responsible for the Vardo quay?", "The quay is run by the town's harbour office.", LeadCheck.None)]
    [InlineData("who is the new mayor?", "The novel uncovers the secrets of the Mayor.", LeadCheck.Name)]
    [InlineData("who is the new mayor?", "The new mayor, Kari Lunde, took over on Monday.", LeadCheck.None)]
    [InlineData("Which skipper sailed home first?", "The skipper sailed home first.", LeadCheck.Name)]
    public void FailedBy_WhoIsTheOffice_RequiresAName(string question, string sentence, LeadCheck expected)
    {
        Assert.Equal(expected, AskedChecks.Of(question).FailedBy(sentence));
    }

    /// <summary>
    /// "Which &lt;thing&gt;" asks which one by its name: a sentence that names one the question does not answers, though
    /// the name holds the thing's own word or a nationality; one that says only "the app" does not. A place asked so is
    /// the place check's, and "which of" the ones named asks for none new.
    /// </summary>
    [Theory]
    [InlineData("Which app will the Vardo council ban on its phones?", "The Vardo council will ban the app on staff phones.", LeadCheck.Name)]
    [InlineData("Which app will the Vardo council ban on its phones?", "The Vardo council will ban Fjordgram on staff phones.", LeadCheck.None)]
    [InlineData("Vardo's council met on Monday. Which app will it ban?", "The council will ban the app on staff phones.", LeadCheck.Name)]
    [InlineData("On which site did Lunde post her resignation?", "Lunde posted her resignation on Fjordbook.", LeadCheck.None)]
    [InlineData("Under which directive did Norway curb adverts?", "Under the Harbour Adverts Directive, Norway curbed adverts.", LeadCheck.None)]
    [InlineData("Under which directive did Norway curb adverts?", "Under the directive, Norway curbed adverts.", LeadCheck.Name)]
    [InlineData("Which border does the Vardo river follow?", "The Vardo river follows the Norwegian-Finnish border.", LeadCheck.None)]
    [InlineData("Which of Norway and Sweden signed the Vardo accord first?", "Norway signed the Vardo accord first.", LeadCheck.None)]
    public void FailedBy_WhichThing_RequiresANewName(string question, string sentence, LeadCheck expected)
    {
        Assert.Equal(expected, AskedChecks.Of(question).FailedBy(sentence));
    }

    [Fact]
    public void Of_WhichPlace_IsLeftToThePlaceCheck()
    {
        var name = AskedName.Of("In which Norwegian town did Lunde grow up?", AnswerKind.Other);

        Assert.False(name.IsRequired);
    }
}
