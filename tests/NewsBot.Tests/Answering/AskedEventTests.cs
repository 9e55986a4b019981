using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class AskedEventTests
{
    [Theory]
    [InlineData("What was signed at the harbour summit?", "sign")]
    [InlineData("What did the mayors agree in Lyon?", "agre")]
    [InlineData("Who replaced the harbour master?", "replac")]
    [InlineData("What will the mayors agree in Lyon?", "")]
    [InlineData("What does the treaty say about fishing?", "")]
    [InlineData("Who is the harbour master?", "")]
    [InlineData("Who won the Vardo regatta?", "won")]
    [InlineData("Who ran the Vardo ferry?", "ran")]
    public void Of_FindsTheVerbOfAQuestionAboutAPastEvent(string question, string verb)
    {
        Assert.Equal(verb, AskedEvent.Of(question).Verb);
    }

    [Theory]
    [InlineData("What was signed at the harbour summit?", "Ministers will gather for a harbour summit in Tromso in May, and the premier is expected to speak.", false)]
    [InlineData("What was signed at the harbour summit?", "Ministers signed a fishing accord at the harbour summit in Tromso.", true)]
    [InlineData("What was signed at the harbour summit?", "The harbour summit was held in Tromso, where ministers met for two days.", true)]
    [InlineData("What did the mayors agree in Lyon?", "The mayor of Turin flew to Lyon on Friday to press the others to agree a joint tram plan.", false)]
    [InlineData("What did the mayors agree in Lyon?", "The mayors agreed a joint tram plan in Lyon on Friday.", true)]
    [InlineData("What did the mayors agree in Lyon?", "The mayors are expected to sign a joint tram plan in Lyon.", false)]
    [InlineData("What did the mayors agree in Lyon?", "The mayors met in Lyon on Friday and signed a tram plan.", true)]
    [InlineData("What will the mayors agree in Lyon?", "The mayors are expected to sign a joint tram plan in Lyon.", true)]
    [InlineData("When did Ola Brekke walk out on the Bergen job?", "Brekke, 57, quit his Bergen post on 24 November and vowed: \"I will not go back to the club.\"", true)]
    [InlineData("When did Ola Brekke walk out on the Bergen job?", "Brekke, 57, quit his Bergen post on 24 November and vowed: “I will not go back", true)]
    [InlineData("When did Ola Brekke walk out on the Bergen job?", "Brekke, 57, is expected to quit his Bergen post and says: \"I am tired.\"", false)]
    [InlineData("When did Ola Brekke walk out on the Bergen job?", "Brekke is set to quit his Bergen post in May.", false)]
    [InlineData("Who won the Vardo regatta?", "The Tromso crew have every chance of winning the Vardo regatta.", false)]
    [InlineData("Who won the Vardo regatta?", "Portvale's hopes of winning the Vardo regatta rest on the wind.", false)]
    [InlineData("Who won the Vardo regatta?", "The Tromso crew went on to win the Vardo regatta.", false)]
    [InlineData("Who won the Vardo regatta?", "The Tromso crew were winning the Vardo regatta by a length on Sunday.", true)]
    [InlineData("Who won the Vardo regatta?", "The Tromso crew won the Vardo regatta on Sunday.", true)]
    [InlineData("Did Tromso stop the race?", "Tromso stopped the race on Sunday.", true)]
    [InlineData("Who won the Vardo regatta?", "Two years ago the Tromso crew didn't win a single race at the Vardo regatta.", false)]
    [InlineData("Who won the Vardo regatta?", "The Tromso crew has never won the Vardo regatta, but Portvale won it on Sunday.", true)]
    [InlineData("Did Tromso win the Vardo regatta?", "Tromso did not win the Vardo regatta.", true)]
    [InlineData("Where was the harbour summit held?", "Talks will conclude at Vardo's scheduled harbour summit in June.", false)]
    [InlineData("Where was the harbour summit held?", "Talks will conclude at Vardo’s scheduled harbour summit in June.", false)]
    [InlineData("Where was the harbour summit held?", "Talks at the harbour summit, which Vardo hosted, will conclude in June.", true)]
    [InlineData("Did Tromso stop the race?", "Tromso's chances of stopping the race were slim.", false)]
    public void HeldBy_DeclinesAStatementThatOnlyAnnouncesWhatTheQuestionSaysHappened(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedEvent.Of(question).HeldBy(sentence));
    }

    [Theory]
    [InlineData("With the harbour coalition's break-up on Wednesday, its partners will seek an early vote.", "2022-06-23", true)]
    [InlineData("With the harbour coalition's break-up on Wednesday, its partners will seek an early vote.", null, false)]
    [InlineData("The harbour coalition is expected to break up on 24 June, its partners say.", "2022-06-20", false)]
    public void HeldBy_AStatementDatedBeforeItsPublicationReportsWhatHappenedThatDay(string sentence, string? published, bool expected)
    {
        var held = AskedEvent.Of("How long had the harbour coalition governed before it broke up?").HeldBy(sentence, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, held);
    }

    [Theory]
    [InlineData("When is the Vardo harbour vote?", "The harbour vote was last held in Vardo in May 1998.", null, false)]
    [InlineData("When is the Vardo harbour vote?", "The council says the harbour vote will be held on 5 May.", null, true)]
    [InlineData("When is the Vardo harbour vote?", "The harbour vote is on 5 May.", null, true)]
    [InlineData("When is the Vardo harbour vote?", "The harbour vote was held on Tuesday.", "2022-06-23", false)]
    [InlineData("When is the Vardo harbour vote?", "The harbour vote is due on 30 June, the council said on Tuesday.", "2022-06-23", true)]
    [InlineData("when will the Vardo ferry resume?", "The ferry last ran in March 2019.", null, false)]
    [InlineData("When was the Vardo harbour vote?", "The harbour vote was last held in Vardo in May 1998.", null, true)]
    [InlineData("When is the last Vardo ferry?", "The last ferry left at 9pm.", null, true)]
    public void HeldBy_AskedWhenSomethingIsStillToHappen_DeclinesAStatementOfAnEarlierOne(string question, string sentence, string? published, bool expected)
    {
        var held = AskedEvent.Of(question).HeldBy(sentence, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, held);
    }

    [Theory]
    [InlineData("said", true)]
    [InlineData("fled", true)]
    [InlineData("forsook", true)]
    [InlineData("strove", true)]
    [InlineData("taken", false)]
    public void HeldBy_AnIrregularPastTheLexiconKnowsIsAFinitePast(string form, bool expected)
    {
        var sentence = $"The harbour summit will be held in Tromso, and the premier {form} the talks.";

        Assert.Equal(expected, AskedEvent.Of("What was signed at the harbour summit?").HeldBy(sentence));
    }
}
