using NewsBot.Answering;
using NewsBot.Ingestion;
using NewsBot.Retrieval;
using NewsBot.Text;

namespace NewsBot.Tests.Answering;

public sealed class QuestionPremisesTests
{
    private static Passage PassageOf(string text, int sentence = 1)
    {
        var article = PlainTextArticleParser.Parse("a", "test", text);
        return new Passage { Article = article, Sentence = article.Sentences[sentence], Score = 1, Coverage = 1 };
    }

    [Theory]
    [InlineData("What did Macron propose?", false)]
    [InlineData("What did Moscow propose?", true)]
    [InlineData("What did the Russian side propose?", true)]
    [InlineData("What did the EU propose?", true)]
    [InlineData("What did the French propose?", true)]
    [InlineData("What did Lavorv propose?", true)]
    [InlineData("What did the Swiss propose?", false)]
    public void HeldBy_EveryNameOfTheQuestionMustBeInTheArticle(string question, bool expected)
    {
        var passage = PassageOf("Talks resume\n\nRussia proposed new talks with the European Union and France. Sergei Lavrov said so on Monday.");

        Assert.Equal(expected, QuestionPremises.Of(question).HeldBy(passage));
    }

    [Theory]
    [InlineData("Who did the premier meet in Oslo?", false)]
    [InlineData("Who did Oslo's premier meet?", true)]
    [InlineData("Who did the premier meet in Bergen?", true)]
    public void HeldBy_ACapitalWhereThePlaceStands_IsTheCityNotItsCountry(string question, bool expected)
    {
        var passage = PassageOf("Premier tours the coast\n\nThe Norwegian premier met fishing chiefs in Bergen on Monday. She flew home on Tuesday.");

        Assert.Equal(expected, QuestionPremises.Of(question).HeldBy(passage));
    }

    [Theory]
    [InlineData("what did the eu propose?", true)]
    [InlineData("what did switzerland propose?", false)]
    [InlineData("what did Switzerland's envoy and the ministry propose?", false)]
    public void HeldBy_AQuestionTypedInLowerCase_StillNamesItsCountries(string question, bool expected)
    {
        var passage = PassageOf("Talks resume\n\nRussia proposed new talks with the European Union and France. Sergei Lavrov said so on Monday.");

        Assert.Equal(expected, QuestionPremises.Of(question).HeldBy(passage));
    }

    [Theory]
    [InlineData("how much is the fjordpod mini?", "The Fjordpod mini costs £99.", "The Mini hatchback costs £12,500.", false)]
    [InlineData("how much is the fjordpod mini?", "The Fjordpod mini costs £99.", "The Fjordpod mini costs £99.", true)]
    [InlineData("how much is the fjordpod mini?", "A fjordpod is a kind of boat.", "The Mini hatchback costs £12,500.", true)]
    [InlineData("how much is the fjordpod mini?", "The harbour pass costs £9.", "The Mini hatchback costs £12,500.", true)]
    [InlineData("how much is the ferry fare?", "The Ferry costs £4.", "The fare is £4.", true)]
    [InlineData("how much is the fjordpod mini?", "Fjordpod prices fell.", "The Mini hatchback costs £12,500.", true)]
    [InlineData("how much is the fjordpod mini?", "The Harbour-Fjordpod costs £99.", "The Mini hatchback costs £12,500.", true)]
    [InlineData("what does the ferry office charge?", "Staff at the Ferry Office in Vardo went on strike.", "The port authority charges £9 a day.", false)]
    [InlineData("what does the ferry office charge?", "Staff at the Ferry Office in Vardo went on strike.", "The Ferry Office charges £9 a day.", true)]
    [InlineData("what does the ferry office charge?", "Staff at the ferry office in Vardo went on strike.", "The port authority charges £9 a day.", true)]
    [InlineData("what does the ferry office charge?", "Ferry Office staff went on strike.", "The port authority charges £9 a day.", true)]
    [InlineData("what does the ferry office charge?", "Staff at the Ferry Office went on strike, and the ferry office shut.", "The port authority charges £9 a day.", true)]
    public void HeldBy_WordsTypedInLowerCaseThatTheRetrievedSentencesOnlyCapitalise_AreAName(string question, string retrieved, string sentence, bool expected)
    {
        var passage = PassageOf($"Prices\n\n{sentence}", sentence: 1);

        Assert.Equal(expected, QuestionPremises.Of(question, [PassageOf($"News\n\n{retrieved}", sentence: 1), passage]).HeldBy(passage));
    }

    [Theory]
    [InlineData("did the rx8 pass its crash test?", "The RX7 passed its crash test in May.", false)]
    [InlineData("did the rx8 pass its crash test?", "The RX8 passed its crash test in May.", true)]
    [InlineData("what did sales do in q3?", "Sales rose in the third quarter.", true)]
    [InlineData("What did the A400M carry?", "The transport plane carried 30 tonnes.", false)]
    [InlineData("How many were sold in the 1990s?", "Dealers sold 40,000 of them.", true)]
    public void HeldBy_AModelNameOfLettersAndDigitsIsANameInAnyCase(string question, string sentence, bool expected)
    {
        var passage = PassageOf($"Prices\n\n{sentence}", sentence: 1);

        Assert.Equal(expected, QuestionPremises.Of(question).HeldBy(passage));
    }

    [Fact]
    public void HeldBy_ANameInTheHeadlineCounts()
    {
        var passage = PassageOf("Stoltenberg on the talks\n\nThe alliance put proposals on the table.");

        Assert.True(QuestionPremises.Of("What did Stoltenberg put on the table?").HeldBy(passage));
    }

    [Fact]
    public void HeldBy_ANegatedWhyQuestion_TakesAReasonThatDoesNotNegate()
    {
        var premises = QuestionPremises.Of("Why didn't the Vardo council vote on the harbour?");

        Assert.True(premises.IsNegated);
        Assert.True(premises.HeldBy(PassageOf("Harbour\n\nIf the Vardo council voted, the harbour board was bound to sue.", sentence: 1)));
    }

    [Theory]
    [InlineData("the Vardo mayor who told the board not to sell the quay - when did she take office?", false)]
    [InlineData("The Vardo mayor who would not resign: when did she take office?", false)]
    [InlineData("When did the Vardo mayor who told the board not to sell the quay take office?", true)]
    [InlineData("The Vardo mayor - when did she not take office?", true)]
    public void IsNegated_OnlyByTheAskNotByAnOpeningThatSetsTheScene(string question, bool expected)
    {
        var premises = QuestionPremises.Of(question);

        Assert.Equal(expected, premises.IsNegated);
        Assert.Equal(!expected, premises.HeldBy(PassageOf("Vardo\n\nKari Lunde took office as mayor of Vardo in May.")));
    }

    [Theory]
    [InlineData("Talks\n\nNATO agreed to hold talks in Geneva.", false)]
    [InlineData("Talks\n\nNATO did not agree to a moratorium.", true)]
    [InlineData("Talks\n\nNATO rejected a moratorium.", true)]
    [InlineData("Talks\n\nNATO agreed to everything other than a moratorium.", true)]
    public void HeldBy_ANegatedQuestionNeedsASentenceThatNegatesOrRefuses(string text, bool expected)
    {
        var premises = QuestionPremises.Of("What didn't NATO agree to?");

        Assert.True(premises.IsNegated);
        Assert.Equal(expected, premises.HeldBy(PassageOf(text)));
    }

    [Theory]
    [InlineData("What did the United States propose?", true)]
    [InlineData("What did the United Kingdom propose?", false)]
    [InlineData("What did President Biden propose?", true)]
    [InlineData("What did President Macron propose?", false)]
    public void HeldBy_ANameOfSeveralWordsMayBeWrittenAsItsInitialsAndTitlesNameNobody(string question, bool expected)
    {
        var passage = PassageOf("Talks\n\nThe U.S. proposed new talks, Biden said.");

        Assert.Equal(expected, QuestionPremises.Of(question).HeldBy(passage));
    }

    [Theory]
    [InlineData("Who at the HRC said the harbour would reopen?", true)]
    [InlineData("Who at the HRB said the harbour would reopen?", false)]
    public void HeldBy_AnAbbreviationInCapitalsMayBeSpelledOutInLowerCase(string question, bool expected)
    {
        var passage = PassageOf("Harbour\n\nThe harbour would reopen on Friday, said Ana Lunde, a harbour recovery committee spokesperson.");

        Assert.Equal(expected, QuestionPremises.Of(question).HeldBy(passage));
    }

    [Theory]
    [InlineData("How many NP3s were sold in the first week?", true)]
    [InlineData("How many NPs were sold in the first week?", true)]
    [InlineData("How many NP4s were sold in the first week?", false)]
    [InlineData("How many NX3s were sold in the first week?", false)]
    public void HeldBy_AModelNameMayBeWrittenAsTheInitialsOfItsCamelCaseAndNumber(string question, bool expected)
    {
        var passage = PassageOf("Consoles\n\nThe NordPad 3's slimmer case sold 40,000 in its first week.");

        Assert.Equal(expected, QuestionPremises.Of(question).HeldBy(passage));
    }

    [Fact]
    public void HeldBy_TheCapitalOpeningAQuestionsSecondSentenceIsNoName()
    {
        var passage = PassageOf("Walker\n\nHerschel Walker played football for Georgia.");

        Assert.True(QuestionPremises.Of("Walker lost. Prior to politics, what did Walker play?").HeldBy(passage));
        Assert.False(QuestionPremises.Of("Walker lost. Prior to politics, what did Walker play in Ohio?").HeldBy(passage));
    }

    [Fact]
    public void HeldBy_ALongQuestionMayMissOneNameOfItsBackground()
    {
        var passage = PassageOf("Coins\n\nSilver coins in a Cornish cove could belong to sailors of the Spanish Armada.");
        var longQuestion = QuestionPremises.Of("Silver coins thought to have belonged to sailors of the Spanish Armada in the 16th century were found in which English county?");
        var twoMissing = QuestionPremises.Of("Silver coins thought to have belonged to sailors of the Spanish Armada in the 16th century were found by which Dutch Lutheran diver?");

        Assert.True(longQuestion.HeldBy(passage));
        Assert.False(twoMissing.HeldBy(passage));
        Assert.False(QuestionPremises.Of("Which English county holds Armada coins?").HeldBy(passage));
    }

    [Theory]
    [InlineData("Rates\n\nThe highest rate was recorded in Vienna.", false)]
    [InlineData("Rates\n\nThe lowest rate was recorded in Vienna.", true)]
    [InlineData("Rates\n\nThe rates ranged from the lowest in Vienna to the highest in Rome.", true)]
    [InlineData("Rates\n\nThe rate was recorded in Vienna.", true)]
    public void HeldBy_ASentenceSayingTheOppositeOfTheQuestionsWordAnswersAnotherQuestion(string text, bool expected)
    {
        Assert.Equal(expected, QuestionPremises.Of("Where was the lowest rate recorded?").HeldBy(PassageOf(text)));
    }

    [Theory]
    [InlineData("zeira", "zeria", true)]
    [InlineData("lavrov", "lavorv", true)]
    [InlineData("leibniz", "beibniz", true)]
    [InlineData("stoltenberg", "stoltenburg", true)]
    [InlineData("russia", "russian", true)]
    [InlineData("russia", "russia", false)]
    [InlineData("france", "franco", true)]
    [InlineData("macron", "marcos", false)]
    [InlineData("nato", "toan", false)]
    public void OneEditApart_AllowsOneReplacementInsertionDeletionOrSwap(string a, string b, bool expected)
    {
        Assert.Equal(expected, Spelling.OneEditApart(a, b));
        Assert.Equal(expected, Spelling.OneEditApart(b, a));
    }

    [Fact]
    public async Task Compose_QuestionAboutSomeoneTheCoverageNeverMentions_IsNotAnsweredButOffersTheRelatedSentence()
    {
        const string question = "what did Macron propose on December 17?";

        var answer = await ExtractiveComposerTests.ComposeOverSeedsAsync(question);

        Assert.False(answer.IsAnswered);
        Assert.Contains("related but does not answer it", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("On December 17, 2021, the Russian Foreign Ministry released", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_NegatedQuestionOnlyAffirmativeSentencesMatch_IsNotAnswered()
    {
        const string question = "Where were the Russian-US consultations not held?";

        var answer = await ExtractiveComposerTests.ComposeOverSeedsAsync(question);

        Assert.False(answer.IsAnswered);
    }

    [Fact]
    public void HeldBy_ANameInTheQuestionsFrameNeedBeOnlyInTheArticle()
    {
        var article = PlainTextArticleParser.Parse("a", "test", "Ferry turns back\n\nThe storm was the worst in a decade.\n\nMayor Lindqvist spoke to reporters on Friday.\n\nThe Vardo ferry turned back because the swell reached six metres.");
        var passage = new Passage { Article = article, Sentence = article.Sentences.Single(s => s.Text.StartsWith("The Vardo ferry", StringComparison.Ordinal)), Score = 1, Coverage = 1 };

        Assert.True(QuestionPremises.Of("According to Lindqvist, why did the Vardo ferry turn back?").HeldBy(passage));
        Assert.False(QuestionPremises.Of("Why did Lindqvist say the Vardo ferry turned back?").HeldBy(passage));
    }

    [Fact]
    public void HeldBy_ALongQuestionMayMissOneNameOfSeveralWordsWhole()
    {
        var passage = PassageOf("Fisheries accord\n\nKazakhstan signed the Vardo fisheries accord with the harbour council last year, alongside Norway.");

        Assert.True(QuestionPremises.Of("Besides Norway, which Central Asian republic signed the Vardo fisheries accord with the harbour council last year?").HeldBy(passage));
        Assert.False(QuestionPremises.Of("Besides Norway, which Central Asian republic did Tromso sign the Vardo fisheries accord with last year?").HeldBy(passage));
    }

    [Theory]
    [InlineData("What did the PM tell the Vardo council?")]
    [InlineData("Which MP asked the Vardo council about the ferry?")]
    [InlineData("What did the FM tell the Vardo council?")]
    public void Of_TitlesWrittenAsInitialsNameNobody(string question)
    {
        Assert.Equal(["vardo"], QuestionPremises.Of(question).Names);
    }

    [Theory]
    [InlineData("Ferry strike in Vardo on 3 Oct - who called it?")]
    [InlineData("Who spoke for the Vardo council on Sept. 14?")]
    [InlineData("what did the Vardo council decide on 9 Aug?")]
    public void Of_AnAbbreviatedDateNamesNobody(string question)
    {
        var premises = QuestionPremises.Of(question);

        Assert.Equal(["vardo"], premises.Names.Concat(premises.BackgroundNames));
    }

    [Fact]
    public void HeldBy_AStatementGivingTheAbbreviatedDateInFull()
    {
        var passage = PassageOf("Ferry strike\n\nThe Vardo ferry crews' union called the strike on 3 October.");

        Assert.True(QuestionPremises.Of("Ferry strike in Vardo on 3 Oct - who called it?").HeldBy(passage));
    }

    [Fact]
    public void Of_AScheduledEventInAFramedQuestion_KeepsTheFramesNamesAsBackground()
    {
        var premises = QuestionPremises.Of("According to Lindqvist, what is the Vardo ferry expected to carry?");

        Assert.Equal(["vardo"], premises.Names);
        Assert.Contains("lindqvist", premises.BackgroundNames);
    }
}
