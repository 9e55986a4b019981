using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

/// <summary>A size, a duration or a rough count asked for, and whether a sentence states one.</summary>
public sealed class AskedMeasureTests
{
    [Theory]
    [InlineData("How big is the new Ferncliff reservoir?", "Measuring 2 kilometres by 900 metres, the basin took three years to dig.", true)]
    [InlineData("How big is the new Ferncliff reservoir?", "Its water now covers 55 hectares of the old valley floor.", true)]
    [InlineData("How big is the new Ferncliff reservoir?", "Behind the dam lie 3 square miles of water.", true)]
    [InlineData("How big is the new Ferncliff reservoir?", "Inspectors tested Ferncliff's water 12 times in 2021.", false)]
    [InlineData("How big is the new Ferncliff reservoir?", "Divers searched Ferncliff reservoir for 30 days.", false)]
    [InlineData("How large was the flooded area?", "Water covered 2,000 acres of farmland.", true)]
    public void Measures_ASizeQuestion_PrefersAnExtent(string question, string sentence, bool expected)
    {
        var asked = AskedValue.Of(question);

        Assert.Equal(Dimension.Extent, asked.Dimension);
        Assert.Equal(expected, asked.Measures(sentence));
    }

    [Theory]
    [InlineData("How quickly did fire crews reach the burning barn?", "Crews were at the barn within eight minutes of the first call.", true)]
    [InlineData("How quickly did fire crews reach the burning barn?", "A second engine came from Kendal in an hour.", true)]
    [InlineData("How soon will the ferry resume?", "The ferry will sail again in a few weeks.", true)]
    [InlineData("How quickly did fire crews reach the burning barn?", "Three fire crews reached the barn on Friday night.", false)]
    [InlineData("How fast can the new train go?", "The train reaches 186 mph on the straight.", true)]
    [InlineData("How soon will the ferry resume?", "Repairs should be finished within days, the operator said.", true)]
    [InlineData("How quickly must the aid arrive?", "“I am speaking about days, not weeks,” the mayor said.", true)]
    [InlineData("How soon will the ferry resume?", "The ferry has been idle in recent weeks.", false)]
    [InlineData("How quickly did the council reply?", "The council replied the next day.", true)]
    [InlineData("How quickly did the council reply?", "Its answer came hours later, in a letter to the board.", true)]
    [InlineData("How quickly did the council reply?", "The council swiftly rejected the plan.", true)]
    [InlineData("How quickly did the council reply?", "The council replied in a letter published on Sunday.", false)]
    [InlineData("How quickly did the council reply?", "The council has replied to the board's letter.", false)]
    [InlineData("How quickly did the council reply?", "The council replied to the board of a rapidly-growing port.", false)]
    [InlineData("How quickly did the crew mend the quay?", "The crew mended the quay in good time for the ferry.", true)]
    [InlineData("How quickly did the council reply?", "The council replied, as it did in his time as mayor.", false)]
    public void Measures_ASpeedQuestion_PrefersADuration(string question, string sentence, bool expected)
    {
        var asked = AskedValue.Of(question);

        Assert.Equal(Dimension.Duration, asked.Dimension);
        Assert.Equal(expected, asked.Measures(sentence));
    }

    /// <summary>"How fast" asks a pace: a figure in units or a rough span of time answers, a date does not.</summary>
    [Theory]
    [InlineData("“Help us now – I’m speaking about days, not weeks,” the mayor of Vardo said.", true)]
    [InlineData("The aid must reach Vardo within 48 hours, the mayor said.", true)]
    [InlineData("The mayor of Vardo spoke of aid before the 24 February storm.", false)]
    [InlineData("The mayor of Vardo asked for aid worth £2m.", false)]
    public void HeldBy_HowFast_IsAPaceNotADate(string sentence, bool expected)
    {
        Assert.Equal(expected, AskedValue.Of("How fast must the aid reach Vardo?").HeldBy(sentence));
    }

    [Theory]
    [InlineData("How quickly did the town recover?", "The town recovered faster than anyone expected.")]
    [InlineData("How big was the loss?", "The firm lost $40m last year.")]
    public void HeldBy_ASizeOrSpeedNotInUnits_IsStillAnAnswer(string question, string sentence)
    {
        Assert.True(AskedValue.Of(question).HeldBy(sentence));
    }

    [Theory]
    [InlineData("about how many volunteers joined the beach clean?", "Organisers counted 300 to 400 volunteers on the sand.", true)]
    [InlineData("about how many volunteers joined the beach clean?", "The beach clean began in 2015 as a school project.", false)]
    public void Offers_ARoughCount_IsAnsweredByARange(string question, string sentence, bool expected)
    {
        var held = AnswerType.Offers(AnswerType.Expected(question), sentence, question) && AskedValue.Of(question).HeldBy(sentence);

        Assert.Equal(expected, held);
    }

    /// <summary>A count of the very thing "how many" names, in any of its forms, or of the harm asked about; not a count of something else.</summary>
    [Theory]
    [InlineData("How many countries are sending ships to the Vardo drills?", "Frigates will come from 14 countries, the navy said.", true)]
    [InlineData("How many countries are sending ships to the Vardo drills?", "Fourteen other countries will take part.", true)]
    [InlineData("How many countries are sending ships to the Vardo drills?", "Only one country, Norway, has sent a submarine.", true)]
    [InlineData("How many countries are sending ships to the Vardo drills?", "A helicopter with a crew of six was lost during the drills.", false)]
    [InlineData("How many countries are sending ships to the Vardo drills?", "The drills, first held in 1998, involve many countries.", false)]
    [InlineData("How many parts does Okafor play in the Vardo film?", "Okafor, who plays three roles in the film, arrived on Friday.", true)]
    [InlineData("How many parts does Okafor play in the Vardo film?", "Okafor's film opened on 300 screens.", false)]
    [InlineData("What's the death toll from the Vardo ferry fire?", "The fire killed 12 passengers, police said.", true)]
    [InlineData("What's the death toll from the Vardo ferry fire?", "The fire injured 12 passengers, police said.", false)]
    [InlineData("How much did Nordvik pay for the Vardo cannery?", "Nordvik paid £4m for the cannery and its 30 boats.", false)]
    public void CountsAsked_ACountOfWhatTheQuestionCounts(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedValue.Of(question).CountsAsked(sentence));
    }

    /// <summary>A count of a thing the question does not count does not answer it; a count under another word for the same thing, or of no named thing, may.</summary>
    [Theory]
    [InlineData("How many homes will the Vardo council build?", "The council will let 3,000 tenants buy a share in their homes.", false)]
    [InlineData("How many homes will the Vardo council build?", "The council will build 3,000 new homes by 2030.", true)]
    [InlineData("How many homes will the Vardo council build?", "It plans 3,000 more council and housing association homes.", true)]
    [InlineData("How many homes will the Vardo council build?", "The council will build 3,000 by 2030.", true)]
    [InlineData("How many homes will the Vardo council build?", "The council will build 3,000 houses by 2030.", true)]
    [InlineData("How many awards did Kari Lunde win?", "Kari Lunde leads the field with nominations in 13 categories.", false)]
    [InlineData("How many awards did Kari Lunde win?", "Kari Lunde won three prizes on the night.", true)]
    [InlineData("How many countries are sending ships to the Vardo drills?", "Fourteen other nations will take part.", true)]
    [InlineData("How many workers will lose their jobs at the Bergen yard?", "The yard will cut 400 employees by March.", true)]
    [InlineData("How many people left Tromso in the storm?", "Some 400 families left the town.", true)]
    [InlineData("How many homes will the Vardo council build?", "It will let 3,000 council and housing association tenants buy a share.", false)]
    [InlineData("How many dairy cows are there in Tromso?", "It is home to 3 million dairy cattle and produces most of the milk.", true)]
    [InlineData("How many Christmas trees stand in the Vardo town hall?", "There are 12 Christmas trees in the hall.", true)]
    [InlineData("How many nominations did the Vardo film get?", "Two of the film's four producers were nominated.", false)]
    [InlineData("How many nominations did the Vardo film get?", "Two of them went to the film's producers.", true)]
    public void HeldBy_ACountOfAnotherThing_DoesNotAnswer(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedValue.Of(question).HeldBy(sentence));
    }

    /// <summary>News counts times by an ordinal ("for the 21st time"), which a "how many times" question takes as its count; "the first time" says something is new, not how often.</summary>
    [Theory]
    [InlineData("How many times has Vardo council rejected the harbour plan?", "The council rejected the plan for the 21st time on Monday.", true)]
    [InlineData("How many times has Vardo council rejected the harbour plan?", "The council rejected the plan for a third time.", true)]
    [InlineData("How many times has Vardo council rejected the harbour plan?", "The council rejected the plan at the first reading.", false)]
    [InlineData("How many times has Vardo council rejected the harbour plan?", "The council met for the first time in its new hall.", false)]
    [InlineData("How many ferries has Vardo council bought?", "The council bought ferries for the third time.", false)]
    public void HeldBy_AnOrdinalTime_CountsTimes(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedValue.Of(question).HeldBy(sentence));
    }

    /// <summary>"How far" asks a distance, which news often gives roughly ("a few tens of kilometres") without a figure.</summary>
    [Theory]
    [InlineData("How far can the new Vardo radar see?", "The radar has a range of a few tens of kilometres.", true)]
    [InlineData("How far can the new Vardo radar see?", "The radar can track ships 40km out to sea.", true)]
    [InlineData("How far can the new Vardo radar see?", "The radar was installed on the harbour wall last year.", false)]
    [InlineData("How far can the new Vardo radar see?", "The radar was switched on at dawn.", false)]
    public void HeldBy_HowFar_IsAnsweredByADistanceRoughOrExact(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedValue.Of(question).HeldBy(sentence));
    }

    /// <summary>Two figures joined by a dash are a range when the second rises ("2-3 arrests"), else a score or a tally, which counts nothing.</summary>
    [Theory]
    [InlineData("How many arrests were made after the Bergen derby?", "Bergen, who lost the derby 3-0, have also been charged by the league.", false)]
    [InlineData("How many arrests were made after the Bergen derby?", "The board voted 5-4 to close the stand after the Bergen derby.", false)]
    [InlineData("How many arrests were made after the Bergen derby?", "Police made 2-3 arrests after the Bergen derby.", true)]
    [InlineData("How many arrests were made after the Bergen derby?", "Police made 12 arrests after the Bergen derby, which ended 1-1.", true)]
    public void HeldBy_AScoreIsNoCount(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedValue.Of(question).HeldBy(sentence));
    }
}
