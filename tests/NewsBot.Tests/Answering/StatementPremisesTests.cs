using NewsBot.Answering;
using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Answering;

/// <summary>The names a question asks about must be held by the cited statement's context, not just by its article.</summary>
public sealed class StatementPremisesTests
{
    private const string ReliefArticle = """
        Flood relief for Mozambique: the donors' list

        France has pledged six more water-treatment plants to Mozambique. The units are expected within weeks.

        Germany has promised rescue helicopters, officials in Berlin said.

        Spain has offered field kitchens and tents.
        """;

    private static Passage Statement(string text, string startsWith)
    {
        var article = PlainTextArticleParser.Parse("relief", "relief.txt", text);
        var sentence = article.Sentences.First(s => s.Text.StartsWith(startsWith, StringComparison.Ordinal));
        return new Passage { Article = article, Sentence = sentence, Score = 1, Coverage = 1 };
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("Maria Okafor", true)]
    [InlineData("Jonas Berg and Maria Okafor", true)]
    public void HeldBy_AWriterTheQuestionNames_IsHeldByTheByline(string? byline, bool expected)
    {
        var france = Statement(ReliefArticle, "France has pledged");
        france = france with { Article = france.Article with { Byline = byline } };

        Assert.Equal(expected, QuestionPremises.Of("Per Okafor's column, how many water-treatment plants has France pledged?").HeldBy(france));
    }

    [Fact]
    public void HeldBy_ACountryInTheByline_IsNoCountryOfTheStatement()
    {
        var france = Statement(ReliefArticle, "France has pledged");
        france = france with { Article = france.Article with { Byline = "Maria Jordan, Madrid correspondent" } };

        Assert.False(QuestionPremises.Of("How many water-treatment plants has Jordan pledged?").HeldBy(france));
        Assert.False(QuestionPremises.Of("How many water-treatment plants has Madrid pledged?").HeldBy(france));
    }

    [Theory]
    [InlineData("How many water-treatment plants has Spain pledged?", false)]
    [InlineData("How many water-treatment plants has Germany pledged?", false)]
    [InlineData("How many water-treatment plants has France pledged?", true)]
    [InlineData("How many water-treatment plants has Paris pledged?", true)]
    [InlineData("How many water-treatment plants has the Élysée pledged?", true)]
    public void HeldBy_ANameTheArticleHoldsOnlyElsewhere_DoesNotHoldTheStatement(string question, bool expected)
    {
        var france = Statement(ReliefArticle, "France has pledged");

        Assert.Equal(expected, QuestionPremises.Of(question).HeldBy(france));
    }

    [Fact]
    public void HeldBy_ANameInTheStatementsParagraph_HoldsIt()
    {
        var units = Statement(ReliefArticle, "The units are expected");

        Assert.True(QuestionPremises.Of("When are France's units expected?").HeldBy(units));
        Assert.False(QuestionPremises.Of("When are Spain's units expected?").HeldBy(units));
    }

    [Fact]
    public void HeldBy_ANameInTheHeadline_HoldsEveryStatement()
    {
        var spain = Statement(ReliefArticle, "Spain has offered");

        Assert.True(QuestionPremises.Of("What has Spain offered Mozambique?").HeldBy(spain));
        Assert.True(QuestionPremises.Of("What has Madrid offered Maputo?").HeldBy(spain));
    }

    [Fact]
    public void HeldBy_AStandInForTheGovernmentInTheStatement_HoldsTheCountry()
    {
        var germany = Statement(ReliefArticle, "Germany has promised");

        Assert.True(QuestionPremises.Of("What has Germany promised?").HeldBy(germany));
        Assert.True(QuestionPremises.Of("What did the German government promise?").HeldBy(germany));
        Assert.False(QuestionPremises.Of("What has Austria promised?").HeldBy(germany));
    }

    [Fact]
    public void HeldBy_AParagraphWithoutBreaks_CountsOnlyTheSentencesAroundTheStatement()
    {
        // A live blog or an article delivered as one block: no paragraph is a unit of context.
        var block = "Summit notes\n\n" + string.Join(' ',
        [
            "Ministers met to pledge flood aid.",
            "Spain offered field kitchens.",
            "Italy offered trucks.",
            "Greece offered fuel.",
            "Portugal offered medical kits.",
            "France pledged six more water-treatment plants.",
            "The units will arrive in July.",
            "Romania offered rail capacity.",
        ]);
        var units = Statement(block, "The units will arrive");

        Assert.True(QuestionPremises.Of("When will France's water units arrive?").HeldBy(units));
        Assert.False(QuestionPremises.Of("When will Spain's water units arrive?").HeldBy(units));
    }

    [Theory]
    [InlineData("What did Downing Street promise Maputo?", true)]
    [InlineData("What did No 10 promise Maputo?", true)]
    [InlineData("What did the White House promise Maputo?", false)]
    public void HeldBy_AStandInOfSeveralWords_IsHeldByAnyFormOfItsCountry(string question, bool expected)
    {
        var uk = Statement("Aid\n\nThe UK government promised Mozambique 120 water pumps.", "The UK government");

        Assert.Equal(expected, QuestionPremises.Of(question).HeldBy(uk));
    }

    [Theory]
    [InlineData("What did the Conservative leader promise Maputo?", true)]
    [InlineData("What did the Tories promise Maputo?", true)]
    [InlineData("What did the Labour leader promise Maputo?", false)]
    public void HeldBy_APartyUnderAnotherOfItsNames_IsHeld(string question, bool expected)
    {
        var tory = Statement("Aid\n\nThe Tory leader promised Mozambique 120 water pumps.", "The Tory leader");

        Assert.Equal(expected, QuestionPremises.Of(question).HeldBy(tory));
    }

    [Fact]
    public void HeldBy_ASurnameInTheContextAndTheFullNameInTheArticle_HoldsThePerson()
    {
        var text = "Obituary\n\nMaria Lopez, who ran the bakery chain, has died aged 70.\n\nMs Lopez opened her first shop in Seville at 21.";
        var shop = Statement(text, "Ms Lopez opened");

        Assert.True(QuestionPremises.Of("How old was Maria Lopez when she opened her first shop?").HeldBy(shop));
        Assert.False(QuestionPremises.Of("How old was Maria Garcia when she opened her first shop?").HeldBy(shop));
    }

    [Fact]
    public void HeldBy_ACapitalNamedAsAPlace_DoesNotHoldItsCountry()
    {
        var summit = Statement("Donors\n\nFrance pledged six water-treatment plants at the donors' conference in Madrid.", "France pledged");

        Assert.False(QuestionPremises.Of("How many water-treatment plants has Spain pledged?").HeldBy(summit));
        Assert.True(QuestionPremises.Of("How many water-treatment plants were pledged in Madrid?").HeldBy(summit));
    }

    [Fact]
    public void HeldBy_ALongQuestionsBackgroundCountry_MayBeElsewhereInTheArticleButNotAbsent()
    {
        var germany = Statement(ReliefArticle, "Germany has promised");

        Assert.True(QuestionPremises.Of("Which rescue helicopters did Germany promise after Spain had offered field kitchens and tents to Mozambique?").HeldBy(germany));
        Assert.False(QuestionPremises.Of("Which rescue helicopters did Germany promise after Norway had offered field kitchens and tents to Mozambique?").HeldBy(germany));
    }

    /// <summary>
    /// The lede says whom and where the story is about, and later sentences refer back to it ("the speech"): its names
    /// hold every statement of the article. A name only in the middle of a text without breaks, far from the statement,
    /// holds none.
    /// </summary>
    [Theory]
    [InlineData("How much did the premier pledge in her Oslo speech?", true)]
    [InlineData("How much did the premier pledge in her Norway speech?", true)]
    [InlineData("How much did the premier pledge in her Lisbon speech?", false)]
    [InlineData("How much did the premier pledge in her Madrid speech?", false)]
    public void HeldBy_ANameInTheLede_HoldsAStatementReferringBackToIt(string question, bool expected)
    {
        var block = "Premier sets out harbour plans\n\n" + string.Join(' ',
        [
            "In a speech in Norway, the premier set out her plans for the harbours.",
            "It was her first speech as premier.",
            "She had last spoken abroad in Spain.",
            "Critics said little would change.",
            "Aides said the trip went well.",
            "Markets were calm.",
            "The premier also used the speech to pledge £40m for ferries.",
        ]);
        var aid = Statement(block, "The premier also used");

        Assert.Equal(expected, QuestionPremises.Of(question).HeldBy(aid));
    }

    [Fact]
    public void HeldBy_TheNamesOfAQuestionsBackgroundSentence_NeedOnlyBeInTheArticle()
    {
        var text = "Border row\n\nA quarrel over migration has reached the courts.\n\nThe European Commission is suing Portugal over a fence on its border with Spain.\n\nOfficials used shipping containers to build the fence.";
        var containers = Statement(text, "Officials used");

        Assert.True(QuestionPremises.Of("The EU is suing Portugal over a fence on the Spanish border. What did officials use to build it?").HeldBy(containers));
        Assert.False(QuestionPremises.Of("The EU is suing Italy over a fence on the Greek border. What did officials use to build it?").HeldBy(containers));
        Assert.False(QuestionPremises.Of("What did officials use to build Portugal's fence?").HeldBy(containers));
    }

    [Fact]
    public void Compose_SwappedEntity_TheOtherCountrysFigureIsDeclinedAndTheAskedOnesCited()
    {
        const string text = """
            Nordic flood aid grows

            Norway's development minister visited the camps on Monday.

            Denmark has pledged 19 more water pumps to Mozambique, its ministry said.

            Sweden has pledged 40 rescue boats to Mozambique.
            """;
        var article = PlainTextArticleParser.Parse("nordic", "nordic.txt", text);
        var corpus = new Corpus([article]);
        var denmark = new Passage { Article = article, Sentence = article.Sentences.First(s => s.Text.StartsWith("Denmark", StringComparison.Ordinal)), Score = 5, Coverage = 0.9 };
        var sweden = new Passage { Article = article, Sentence = article.Sentences.First(s => s.Text.StartsWith("Sweden", StringComparison.Ordinal)), Score = 4, Coverage = 0.9 };

        var norway = ExtractiveComposer.Compose("How many water pumps did Norway pledge for the flooded districts?", [denmark, sweden], corpus, new AnsweringOptions());
        var denmarkAsked = ExtractiveComposer.Compose("How many water pumps did Denmark pledge for the flooded districts?", [denmark, sweden], corpus, new AnsweringOptions());

        Assert.False(norway.IsAnswered);
        Assert.True(denmarkAsked.IsAnswered);
        Assert.Equal(["Denmark has pledged 19 more water pumps to Mozambique, its ministry said."], denmarkAsked.Citations.Select(c => c.Quote));
    }
}
