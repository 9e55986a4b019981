using NewsBot.Answering;
using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Answering;

/// <summary>The composer declines a lead that matches the question's words but not what it asks (<see cref="AskedChecks"/>).</summary>
public sealed class AskedChecksComposerTests
{
    private static readonly AnsweringOptions Options = new();

    private static Answer ComposeOver(string question, string headline, string sentence)
    {
        var article = PlainTextArticleParser.Parse("a", "test", $"{headline}\n\n{sentence} Weather was mild.");
        var lead = article.Sentences.Single(s => s.Text == sentence);
        Passage[] passages = [new() { Article = article, Sentence = lead, Score = 3, Coverage = 0.9, Similarity = 0.8 }];
        return ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);
    }

    /// <summary>One article with <paramref name="sentences"/> as paragraphs, retrieved in that order with falling scores.</summary>
    private static (Article Article, Passage[] Passages) Ranked(string headline, params string[] sentences)
    {
        var article = PlainTextArticleParser.Parse("a", "test", $"{headline}\n\n{string.Join("\n\n", sentences)}");
        var passages = sentences
            .Select((text, i) => new Passage { Article = article, Sentence = article.Sentences.Single(s => s.Text == text), Score = 3 - (0.1 * i), Coverage = 0.9, Similarity = 0.8 })
            .ToArray();
        return (article, passages);
    }

    [Theory]
    [InlineData("How many fishermen were rescued off Vardo?", "Rescue off Vardo", "Fishermen were rescued off Vardo, 40 kilometres from the coast.")]
    [InlineData("How much did Nordvik pay for the Vardo cannery?", "Nordvik buys cannery", "Nordvik bought the Vardo cannery in 2011.")]
    [InlineData("What was signed at the Vardo harbour summit?", "Vardo summit", "Ministers will gather for a Vardo harbour summit in May, and the premier is expected to speak.")]
    [InlineData("When was Tallinn ranked the 14th safest city?", "Tallinn survey", "In 2019 the survey ranked Tallinn the 41st safest city.")]
    [InlineData("When did Lindqvist warn that Vardo port would close?", "Lindqvist and Okafor clash over Vardo port", "Maria Okafor warned on Monday that Vardo port would close.")]
    [InlineData("How much did Norway's school-building grant to Kenya cost?", "Schools for Kenya", "Norway is building schools in Kenya, while the US has given $80m for clinics.")]
    [InlineData("Which town will the Vardo choir sing in first?", "Vardo choir", "The Vardo choir plans to sing again once its new conductor arrives.")]
    public void Compose_LeadOfAnotherKindTenseOrActor_IsDeclined(string question, string headline, string sentence)
    {
        var answer = ComposeOver(question, headline, sentence);

        Assert.False(answer.IsAnswered);
    }

    [Theory]
    [InlineData("How many fishermen were rescued off Vardo?", "Rescue off Vardo", "Coastguards rescued 14 fishermen off Vardo on Friday.")]
    [InlineData("How much did Nordvik pay for the Vardo cannery?", "Nordvik buys cannery", "Nordvik paid €4.5m for the Vardo cannery in 2011.")]
    [InlineData("What was signed at the Vardo harbour summit?", "Vardo summit", "Ministers signed a fishing accord at the Vardo harbour summit on Friday.")]
    [InlineData("When did Lindqvist warn that Vardo port would close?", "Vardo port", "Lindqvist warned on Monday that Vardo port would close.")]
    [InlineData("Which town will the Vardo choir sing in first?", "Vardo choir", "The Vardo choir will sing first in Tromso next year.")]
    public void Compose_LeadOfTheKindTenseAndActorAsked_Answers(string question, string headline, string sentence)
    {
        var answer = ComposeOver(question, headline, sentence);

        Assert.True(answer.IsAnswered);
        Assert.Equal(sentence, answer.Citations[0].Quote);
    }

    /// <summary>
    /// A how-many question's lead holds what it asks was done or the very thing it counts: a count of other things
    /// beside the name asked about answers another question.
    /// </summary>
    [Theory]
    [InlineData("How many people work at the Vardo shipyard?", "Vardo shipyard sold", "The Vardo shipyard was sold together with two other firms.", false)]
    [InlineData("How many welders does the Vardo shipyard have?", "Shipyard in court", "The Vardo shipyard is suing four companies over the harbour contract.", false)]
    [InlineData("How many people work at the Vardo shipyard?", "Vardo shipyard sold", "The Vardo shipyard, sold in May, employs 400 people.", true)]
    [InlineData("How many people work at the Vardo shipyard?", "Vardo shipyard sold", "Some 400 staff work at the Vardo shipyard.", true)]
    [InlineData("How many welders does the Vardo shipyard have?", "Shipyard in court", "The Vardo shipyard has 60 welders on its books.", true)]
    public void Compose_HowManyLeadWithoutTheActOrTheThingCounted_IsDeclined(string question, string headline, string sentence, bool answered)
    {
        var answer = ComposeOver(question, headline, sentence);

        Assert.Equal(answered, answer.IsAnswered);
    }

    [Fact]
    public void Compose_AStatementGivingAnotherYearThanTheQuestionStates_IsNotCited()
    {
        const string Question = "What did the Vardo cannery earn in 2019?";
        const string OtherYear = "The Vardo cannery earned a record NOK 40m in 2021.";
        const string Asked = "In 2019 the Vardo cannery earned NOK 12m.";
        var (article, passages) = Ranked("Vardo cannery", OtherYear, Asked);

        var answer = ExtractiveComposer.Compose(Question, passages, new Corpus([article]), Options);

        Assert.True(answer.IsAnswered);
        Assert.Equal([Asked], answer.Citations.Select(c => c.Quote));
    }

    [Theory]
    [InlineData("Why did the Vardo harbour master resign?", "The Vardo harbour master also audited the port's accounts.", "The Vardo harbour master resigned because his office was given too little say.")]
    [InlineData("Who took Ola Brekke's seat on the Vardo harbour board?", "Ola Brekke led the Vardo harbour board for ten years.", "Ola Brekke's seat on the Vardo harbour board went to Kari Lunde.")]
    [InlineData("How many pilots does the Vardo Air union represent?", "Vardo Air cancelled 40 flights on Friday when its union pilots stayed at home.", "The union represents 900 pilots at Vardo Air.")]
    public void Compose_TheCandidateGivingWhatIsAsked_LeadsOverAHigherRankedOneThatDoesNot(string question, string first, string second)
    {
        var (_, passages) = Ranked("Vardo harbour", first, second);

        var lead = ExtractiveComposer.LeadIndex(passages, question, AnswerType.Expected(question), QuestionPremises.Of(question), AskedChecks.Of(question), Options);

        Assert.Equal(1, lead);
    }

    [Theory]
    [InlineData("Why did the Vardo harbour master resign?", "The Vardo harbour master also audited the port's accounts.", "The Vardo harbour master resigned because his office was given too little say.")]
    [InlineData("Who took Ola Brekke's seat on the Vardo harbour board?", "Ola Brekke led the Vardo harbour board for ten years.", "Ola Brekke's seat on the Vardo harbour board went to Kari Lunde.")]
    public void Compose_TheCandidateGivingWhatIsAsked_IsStatedFirst(string question, string first, string second)
    {
        var (article, passages) = Ranked("Vardo harbour", first, second);

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);

        Assert.True(answer.IsAnswered, answer.Text);
        Assert.Equal(second, answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("How much did Nordvik pay for the Vardo cannery?", "Nordvik bought the Vardo cannery after a long auction.", "Nordvik paid €4.5m for the Vardo cannery in 2011.")]
    [InlineData("When did Nordvik buy the Vardo cannery?", "Nordvik bought the Vardo cannery after a long auction.", "Nordvik bought the Vardo cannery on 3 March 2011.")]
    [InlineData("Which skipper sailed the Vardo ferry home?", "The Vardo ferry was sailed home through the storm.", "Skipper Ola Brekke sailed the Vardo ferry home through the storm.")]
    public void Compose_AHigherRankedStatementThatCouldNotLead_IsNotCited(string question, string first, string second)
    {
        var (article, passages) = Ranked("Vardo cannery", first, second);

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);

        Assert.True(answer.IsAnswered);
        Assert.Equal([second], answer.Citations.Select(c => c.Quote));
    }

    private const string Anchor = "The Vardo harbour master resigned on Monday, ten years into the post.";
    private const string Reason = "The council had withdrawn its backing because the port ran at a loss.";

    /// <summary>
    /// A why question whose best candidate states the event without a reason: <paramref name="reason"/>, of weaker
    /// evidence (keyword coverage <paramref name="coverage"/>, no similarity above the floor), sits fifth, in the
    /// anchor's article or in another.
    /// </summary>
    private static Answer ComposeWithWeakReason(string reason, double coverage, bool sameArticle, bool anchorAnswers = true) =>
        ComposeWithWeaker("Why did the Vardo harbour master resign?", Anchor, reason, coverage, sameArticle, anchorAnswers);

    /// <summary>
    /// <paramref name="question"/>, whose best candidate is <paramref name="anchor"/>, and <paramref name="weaker"/> of
    /// keyword coverage <paramref name="coverage"/> fifth, in the anchor's article or in another.
    /// </summary>
    private static Answer ComposeWithWeaker(string question, string anchor, string weaker, double coverage, bool sameArticle, bool anchorAnswers = true)
    {
        string[] filler = ["Ferries ran as usual.", "The harbour was busy.", "Fishing boats came in early."];
        var article = PlainTextArticleParser.Parse("a", "test", $"Vardo harbour\n\n{anchor}\n\n{string.Join("\n\n", filler)}" + (sameArticle ? $"\n\n{weaker}" : string.Empty));
        var other = PlainTextArticleParser.Parse("b", "test", $"Vardo harbour master\n\nThe Vardo harbour master spoke.\n\n{weaker}");
        var passages = new List<Passage> { new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == anchor), Score = 3, Coverage = anchorAnswers ? 0.9 : 0.4, Similarity = 0.5 } };
        passages.AddRange(filler.Select((text, i) => new Passage { Article = article, Sentence = article.Sentences.Single(s => s.Text == text), Score = 2 - (0.1 * i), Coverage = 0.2, Similarity = 0.5 }));
        var holder = sameArticle ? article : other;
        passages.Add(new Passage { Article = holder, Sentence = holder.Sentences.Single(s => s.Text == weaker), Score = 1, Coverage = coverage, Similarity = 0.5 });
        return ExtractiveComposer.Compose(question, passages, new Corpus([article, other]), Options);
    }

    [Fact]
    public void Compose_AReasonFurtherDownTheLeadsArticle_LeadsAndTheEventFollows()
    {
        var answer = ComposeWithWeakReason(Reason, coverage: 0.35, sameArticle: true);

        Assert.True(answer.IsAnswered);
        Assert.Equal([Reason, Anchor], answer.Citations.Select(c => c.Quote));
    }

    [Theory]
    [InlineData(0.35, false, true)]
    [InlineData(0.2, true, true)]
    public void Compose_AReasonFromAnotherArticleOrOfTooLittleEvidence_DoesNotLead(double coverage, bool sameArticle, bool anchorAnswers)
    {
        var answer = ComposeWithWeakReason(Reason, coverage, sameArticle, anchorAnswers);

        Assert.True(answer.IsAnswered);
        Assert.Equal(Anchor, answer.Citations[0].Quote);
        Assert.DoesNotContain(answer.Citations, c => c.Quote == Reason);
    }

    /// <summary>
    /// A candidate that asks a question itself stands for the sentence after it when that one takes up the question's
    /// words: a quoted question and its reply, an explainer's heading and the paragraph under it. A quoted question
    /// followed by a sentence about it, or by a quiz's choice, still answers nothing.
    /// </summary>
    [Theory]
    [InlineData("Who told the Vardo mayor that the quay was safe?", "The Vardo mayor toured the harbour and asked: “Is the quay safe?”", " ", "The harbour master, Lena Brannock, said the quay was safe for ferries.", true)]
    [InlineData("What is the Vardo harbour levy?", "What is the Vardo harbour levy?", "\n\n", "The Vardo harbour levy is a fee of €4 a tonne on landed fish.", true)]
    [InlineData("What was the question in the Vardo harbour vote?", "The question in the Vardo harbour vote is: “Should the harbour close?”", " ", "The council said on Friday the wording was easy to understand.", false)]
    [InlineData("Which ferry company did the Vardo harbour quiz ask about?", "Which ferry company did the Vardo harbour quiz ask about?", "\n\n", "A. Fjordline", false)]
    public void Compose_ACandidateAskingAQuestion_StandsForTheSentenceAnsweringIt(string question, string asking, string between, string reply, bool answers)
    {
        var article = PlainTextArticleParser.Parse("a", "test", $"Vardo harbour\n\n{asking}{between}{reply}\n\nFerries ran as usual.");
        Passage[] passages = [new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == asking), Score = 3, Coverage = 0.9, Similarity = 0.8 }];

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);

        Assert.Equal(answers, answer.IsAnswered);
        Assert.Equal(answers, answer.Citations.Any(c => c.Quote == reply));
    }

    private const string SoldOut = "Tickets for the new Vardo ferry sold out on Friday.";
    private const string Pace = "The last seat was sold within two hours.";

    /// <summary>
    /// "How quickly" needs a span of time as "why" prefers a reason: one further down the lead's article leads. Without
    /// one in the lead's article, the sentence saying only that it happened answers another question, and none is given.
    /// </summary>
    [Theory]
    [InlineData("How quickly did the Vardo ferry tickets sell out?", true, new[] { Pace, SoldOut })]
    [InlineData("How quickly did the Vardo ferry tickets sell out?", false, new string[0])]
    [InlineData("When did the Vardo ferry tickets sell out?", true, new[] { SoldOut })]
    [InlineData("When did the Vardo ferry tickets sell out?", false, new[] { SoldOut })]
    public void Compose_ASpanOfTimeFurtherDownTheLeadsArticle_LeadsAHowQuicklyQuestion(string question, bool sameArticle, string[] cited)
    {
        var answer = ComposeWithWeaker(question, SoldOut, Pace, coverage: 0.35, sameArticle);

        Assert.Equal(cited.Length > 0, answer.IsAnswered);
        Assert.Equal(cited, answer.IsAnswered ? answer.Citations.Select(c => c.Quote) : []);
    }

    /// <summary>
    /// A who question's verb in the passive with a new doer ("an inquiry chaired by …") is the answer itself: it leads
    /// from further down the lead's article, before a candidate that merely names someone new.
    /// </summary>
    [Theory]
    [InlineData(true, new[] { Chaired, Fire })]
    [InlineData(false, new[] { Fire })]
    public void Compose_TheAskedVerbsDoerFurtherDownTheLeadsArticle_LeadsAWhoQuestion(bool sameArticle, string[] cited)
    {
        var answer = ComposeWithWeaker("Who chairs the inquiry into the Vardo ferry fire?", Fire, Chaired, coverage: 0.2, sameArticle);

        Assert.True(answer.IsAnswered);
        Assert.Equal(cited, answer.Citations.Select(c => c.Quote));
    }

    /// <summary>
    /// The doer from further down the lead's article leads even when its own evidence is full: the sentence chosen to
    /// lead is stated first, whatever its rank.
    /// </summary>
    [Fact]
    public void Compose_TheAskedVerbsDoerFurtherDownAtFullEvidence_IsStatedFirst()
    {
        var answer = ComposeWithWeaker("Who chairs the inquiry into the Vardo ferry fire?", Fire, Chaired, coverage: 0.9, sameArticle: true);

        Assert.True(answer.IsAnswered);
        Assert.Equal([Chaired, Fire], answer.Citations.Select(c => c.Quote));
    }

    /// <summary>
    /// "Who &lt;verb&gt;" is answered only by a statement holding the verb in some form or synonym: one about the people
    /// the question names that says nothing of the act answers another question.
    /// </summary>
    [Theory]
    [InlineData("Who replaced Kari Lunde as Vardo harbour master?", "Kari Lunde, the Vardo harbour master, said on Monday the quay was safe.", false)]
    [InlineData("Who replaced Kari Lunde as Vardo harbour master?", "Ola Brekke replaced Kari Lunde as Vardo harbour master on Monday.", true)]
    [InlineData("Who replaced Kari Lunde as Vardo harbour master?", "Kari Lunde was replaced by Ola Brekke as Vardo harbour master on Monday.", true)]
    [InlineData("Who is the Vardo harbour master?", "Kari Lunde, the Vardo harbour master, said on Monday the quay was safe.", true)]
    [InlineData("Who decided to sell the Vardo harbour?", "The Vardo council sold the harbour to Fjordgram on Monday.", true)]
    [InlineData("Who won the Vardo regatta?", "Kari Lunde, who has never won the Vardo regatta, sailed again on Sunday.", false)]
    [InlineData("Who won the Vardo regatta?", "Ola Brekke, not Kari Lunde, won the Vardo regatta on Sunday.", true)]
    public void Compose_WhoAndAVerb_NeedsTheVerbInTheStatement(string question, string lead, bool answers)
    {
        var answer = ComposeWithLead(question, lead);

        Assert.True(answers == answer.IsAnswered, answer.Text);
    }

    /// <summary>
    /// A who question naming whom the act was done to is answered only by a sentence writing the act itself: one naming
    /// the same side under a headline about another match ties no doer to it.
    /// </summary>
    [Theory]
    [InlineData("Tromso will next play Bergen in the cup final on Sunday.", false)]
    [InlineData("Bergen beat Tromso 2-1 in the league last month.", true)]
    public void Compose_WhoAndAVerbDoneToANamedSide_NeedsTheVerbInTheSentence(string lead, bool answers)
    {
        var article = PlainTextArticleParser.Parse("a", "test", $"Molde beat Vardo in the semi-final\n\n{lead}\n\nTickets sold out within an hour.");
        Passage[] passages = [new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == lead), Score = 3, Coverage = 0.9, Similarity = 0.8 }];

        var answer = ExtractiveComposer.Compose("Who beat Tromso?", passages, new Corpus([article]), Options);

        Assert.True(answers == answer.IsAnswered, answer.Text);
    }

    /// <summary>Asked for an institution's head, a sentence naming the head's office leads before one using "head" in another sense.</summary>
    [Fact]
    public void Compose_AnInstitutionsHeadAsked_LeadsWithTheSentenceNamingItsOffice()
    {
        const string Verb = "Kari Lunde will head to Bergen for the Nato talks.";
        const string Office = "Nato's secretary-general, Ola Brekke, opened the talks in Bergen.";
        var article = PlainTextArticleParser.Parse("a", "test", $"Nato talks\n\n{Verb}\n\n{Office}");
        Passage[] passages =
        [
            new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == Verb), Score = 3, Coverage = 0.9, Similarity = 0.8 },
            new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == Office), Score = 2, Coverage = 0.9, Similarity = 0.8 },
        ];

        var answer = ExtractiveComposer.Compose("Who is the head of Nato?", passages, new Corpus([article]), Options);

        Assert.Equal(Office, answer.Citations[0].Quote);
    }

    /// <summary>"How far" is answered by a distance given roughly, as news often gives one, and not by a sentence without one.</summary>
    [Theory]
    [InlineData("How far can the Vardo harbour radar see?", "The Vardo harbour radar has an effective range of a few tens of kilometres.", true)]
    [InlineData("How far can the Vardo harbour radar see?", "The Vardo harbour radar was switched on by the mayor.", false)]
    public void Compose_HowFar_IsAnsweredByARoughDistance(string question, string lead, bool answers)
    {
        var answer = ComposeWithLead(question, lead);

        Assert.True(answers == answer.IsAnswered, answer.Text);
    }

    /// <summary><paramref name="question"/> with one candidate, <paramref name="lead"/>, of full evidence, in a short article of its own.</summary>
    private static Answer ComposeWithLead(string question, string lead)
    {
        var article = PlainTextArticleParser.Parse("a", "test", $"Vardo harbour\n\n{lead}\n\nFerries ran as usual.");
        Passage[] passages = [new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == lead), Score = 3, Coverage = 0.9, Similarity = 0.8 }];
        return ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);
    }

    /// <summary>A what question's verb given its object by name leads from further down the lead's article, before a sentence describing the object.</summary>
    [Theory]
    [InlineData(true, new[] { Launch, Fair })]
    [InlineData(false, new[] { Fair })]
    public void Compose_TheAskedVerbsObjectByNameFurtherDownTheLeadsArticle_LeadsAWhatQuestion(bool sameArticle, string[] cited)
    {
        var answer = ComposeWithWeaker("What will Kari Lunde's firm launch at the Vardo fair?", Fair, Launch, coverage: 0.35, sameArticle);

        Assert.True(answer.IsAnswered);
        Assert.Equal(cited, answer.Citations.Select(c => c.Quote));
    }

    private const string Fair = "Kari Lunde's firm will launch a payments app at the Vardo fair in May.";
    private const string Launch = "The firm will launch Fjordgram Pay, an app for ferry tickets, there.";

    private const string Fire = "Former harbour master Kari Lunde called for an inquiry into the Vardo ferry fire in June.";
    private const string Chaired = "The inquiry will be chaired by Fjordgram engineer Ola Brekke.";

    /// <summary>A lead that tells the pace in words answers "how quickly"; one saying only that the reply came does not.</summary>
    [Theory]
    [InlineData("The Vardo council replied to the harbour board the next morning, rejecting the levy.", true)]
    [InlineData("The Vardo council at once rejected the harbour board's levy in its reply.", true)]
    [InlineData("The Vardo council replied to the harbour board in a letter aired on Sunday.", false)]
    public void Compose_HowQuickly_IsAnsweredOnlyByAPace(string lead, bool answers)
    {
        var answer = ComposeWithLead("How quickly did the Vardo council reply to the harbour board?", lead);

        Assert.True(answers == answer.IsAnswered, answer.Text);
    }

    [Fact]
    public void Compose_AReasonInAnArticleNoCandidateAnswers_AnswersNothing()
    {
        var answer = ComposeWithWeakReason(Reason, coverage: 0.35, sameArticle: true, anchorAnswers: false);

        Assert.False(answer.IsAnswered);
    }

    [Theory]
    [InlineData(" ", true)]
    [InlineData("\n\n", false)]
    public void Compose_AFigureInTheSentenceContinuingTheLead_AnswersWithBoth(string between, bool answers)
    {
        const string Event = "A fire swept through the Vardo ferry on Friday night.";
        const string Figure = "It killed 12 passengers.";
        var article = PlainTextArticleParser.Parse("a", "test", $"Vardo ferry fire\n\n{Event}{between}{Figure}\n\nThe ferry was built in 1990.");
        Passage[] passages = [new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == Event), Score = 3, Coverage = 0.9, Similarity = 0.8 }];

        var answer = ExtractiveComposer.Compose("How many people died in the Vardo ferry fire?", passages, new Corpus([article]), Options);

        Assert.True(answers == answer.IsAnswered, answer.Text);
        if (answers)
        {
            Assert.Equal([Event, Figure], answer.Citations.Select(c => c.Quote));
        }
    }

    [Theory]
    [InlineData("Source: Vardo Press Thu 7 Apr 2022 22.17 BST", true)]
    [InlineData("Photograph: Kari Lunde/Vardo Press", true)]
    [InlineData("Photograph: Kari Lunde/Vardo Press However, officials said the Vardo ferry would sail again on 7 April after repairs.", false)]
    [InlineData("The source of the Vardo fire was found on 7 April.", false)]
    public void IsCredit_OnlyALabelAndAFewWords(string sentence, bool expected)
    {
        Assert.Equal(expected, PageFurniture.IsCreditLine(sentence));
    }

    [Theory]
    [InlineData("7 Kari Lunde (Norway)", true)]
    [InlineData("Bergen 2-1 Tromso", true)]
    [InlineData("Photograph: Kari Lunde/Vardo Press", true)]
    [InlineData("Kari Lunde (Norway) won in straight sets.", false)]
    [InlineData("This article was amended on 3 May 2022 because an earlier version gave Kari Lunde's title wrongly.", true)]
    [InlineData("An earlier version of this article said the ferry sank on Friday.", true)]
    [InlineData("This article has been corrected.", true)]
    [InlineData("The article was amended by the council on Friday to allow ferries at night.", false)]
    public void StatesNothing_ACreditLineOrALineWithNoLowerCaseWord(string sentence, bool expected)
    {
        Assert.Equal(expected, PageFurniture.StatesNothing(sentence));
    }

    /// <summary>A list's entry naming the person asked about is no statement of what they said.</summary>
    [Fact]
    public void Compose_AListEntryNamingThePersonAsked_DoesNotLead()
    {
        const string question = "What did Kari Lunde say after losing?";
        var (article, passages) = Ranked("Vardo Open seeds", "7 Kari Lunde (Norway)");

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);

        Assert.False(answer.IsAnswered, answer.Text);
        Assert.Equal(LeadCheck.Credit, ExtractiveComposer.FailedCheck(passages[0], question, AnswerType.Expected(question), QuestionPremises.Of(question, passages), AskedChecks.Of(question), Options));
    }

    [Fact]
    public void Compose_ACreditLineMatchingTheQuestionsDate_DoesNotLead()
    {
        var (article, passages) = Ranked("Vardo ferry", "Source: Vardo ferry Thu 7 Apr 2022 22.17 BST");

        var answer = ExtractiveComposer.Compose("When did the Vardo ferry sail on 7 April?", passages, new Corpus([article]), Options);

        Assert.False(answer.IsAnswered);
    }

    /// <summary>
    /// The first three candidates are on the story but none has the answer's shape (no new name for "which councillor",
    /// a heading that asks): a sentence of their article further down that passes every check answers in their place.
    /// </summary>
    [Fact]
    public void Compose_LeadsOfTheRightStoryButNotTheAnswersShape_GiveWayToASentenceOfTheirArticleThatHasIt()
    {
        const string question = "Which councillor's question revealed the £2m repair bill for Vardo harbour?";
        var (article, passages) = Ranked(
            "Vardo harbour repairs",
            "Repairing Vardo harbour could cost £2m, the council revealed.",
            "What will the Vardo harbour repair bill cover?",
            "The £2m repair bill for Vardo harbour was revealed in a written answer.",
            "Councillor Ruth Okafor, whose question revealed the repair bill for Vardo harbour, called it a scandal.");

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);

        Assert.True(answer.IsAnswered);
        Assert.StartsWith("Councillor Ruth Okafor", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    /// <summary>
    /// Only a sentence of the first candidates' own story may stand in for them, and not for a lead whose only fault is
    /// a figure missing: any figure would pass that check, so a sentence further down holding one is no sign of an answer.
    /// </summary>
    [Fact]
    public void Compose_LeadsLackingOnlyAFigure_DoNotGiveWayToASentenceFurtherDown()
    {
        const string question = "When did the council vote on the Vardo harbour repairs?";
        var (article, passages) = Ranked(
            "Vardo harbour repairs",
            "The council voted on the Vardo harbour repairs after a long debate.",
            "Councillors who voted on the Vardo harbour repairs were divided.",
            "The vote on the Vardo harbour repairs split the council.",
            "The Vardo harbour repairs began on 3 March, the council said.");

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);

        Assert.False(answer.IsAnswered);
    }

    /// <summary>
    /// The first three candidates are on the story but give no count of what is asked; a sentence of their article
    /// further down, of too little evidence to answer by itself (its words barely match), counts
    /// <paramref name="weak"/>: it answers when that is a count of the very thing asked, not of something else.
    /// </summary>
    [Theory]
    [InlineData("In all, frigates come from 14 countries.", true)]
    [InlineData("A helicopter with a crew of six was lost on the first day.", false)]
    public void Compose_LeadsWithoutTheAskedCount_GiveWayToAWeakerSentenceOfTheirArticleOnlyIfItCountsWhatIsAsked(string weak, bool answers)
    {
        const string question = "How many countries are taking part in the Vardo sea drills?";
        var (article, ranked) = Ranked(
            "Vardo sea drills",
            "The Vardo sea drills, in which many countries take part, were first held in 1998.",
            "Countries taking part in the Vardo sea drills train for winter war.",
            "The Vardo sea drills begin on Monday.",
            weak);
        Passage[] passages = [.. ranked[..3], ranked[3] with { Coverage = 0.2, Similarity = 0.5 }];

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);

        Assert.True(answers == answer.IsAnswered, answer.Text);
        if (answers)
        {
            Assert.True(weak == answer.Citations[0].Quote, answer.Text);
        }
    }

    /// <summary>
    /// The first three candidates are on the story but state no figure at all: a sentence of their article further
    /// down stands in only when it counts the very thing asked (<paramref name="weak"/>, of too little evidence by itself),
    /// never for holding some figure at full evidence ("40 ships" for how many countries).
    /// </summary>
    [Theory]
    [InlineData("In all, frigates come from 14 countries.", 0.2, true)]
    [InlineData("Its 40 ships sail from the Vardo sea drills' base at dawn.", 0.9, false)]
    public void Compose_LeadsWithNoFigure_GiveWayOnlyToASentenceOfTheirArticleCountingWhatIsAsked(string weak, double coverage, bool answers)
    {
        const string question = "How many countries are sending ships to the Vardo sea drills?";
        var (article, ranked) = Ranked(
            "Vardo sea drills",
            "Countries sending ships to the Vardo sea drills train for winter war.",
            "Many countries send ships to the Vardo sea drills each year.",
            "The Vardo sea drills begin on Monday.",
            weak);
        Passage[] passages = [.. ranked[..3], ranked[3] with { Coverage = coverage, Similarity = 0.5 }];

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);

        Assert.True(answers == answer.IsAnswered, answer.Text);
        if (answers)
        {
            Assert.True(weak == answer.Citations[0].Quote, answer.Text);
        }
    }

    /// <summary>
    /// The first three candidates match every word of a question about what happened but only announce it ("is
    /// expected to decide whether to apply"): a candidate further down, from any article, that reports it and passes
    /// every check leads in their place. For a yes/no question it must hold what is asked: a sentence that merely
    /// negates something else ("has not faded") is no answer from that far down.
    /// </summary>
    [Theory]
    [InlineData("Vardo has formally submitted its application to join the northern league.", true)]
    [InlineData("Support for the northern league has not faded in Vardo.", false)]
    public void Compose_LeadsThatOnlyAnnounceTheEventAsked_GiveWayToACandidateFurtherDownThatReportsIt(string report, bool answers)
    {
        const string question = "Did Vardo apply to join the northern league?";
        var (article, announcing) = Ranked(
            "Vardo and the northern league",
            "Vardo is expected to decide whether to apply to join the northern league this month.",
            "Vardo will apply to join the northern league as a matter of urgency, its mayor said.",
            "Vardo is due to decide within weeks whether to apply to join the northern league.");
        var other = PlainTextArticleParser.Parse("b", "test", $"Vardo league bid\n\n{report}");
        Passage[] passages = [.. announcing, new() { Article = other, Sentence = other.Sentences.Single(s => s.Text == report), Score = 2, Coverage = 0.9, Similarity = 0.8 }];

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article, other]), Options);

        Assert.Equal(answers, answer.IsAnswered);
        if (answers)
        {
            Assert.Equal(report, answer.Citations[0].Quote);
        }
    }

    /// <summary>
    /// Asked for the latest news, the answer runs from the statement published last, where retrieval ranked an older
    /// one first; asked anything else, in rank order. "The latest census" is no such question.
    /// </summary>
    [Theory]
    [InlineData("What's the latest on the Vardo harbour plan?", true)]
    [InlineData("Any update on the Vardo harbour plan?", true)]
    [InlineData("Where do things stand with the Vardo harbour plan?", true)]
    [InlineData("What happened to the Vardo harbour plan?", false)]
    [InlineData("What does the latest census say about the Vardo harbour plan?", false)]
    public void Compose_AskedTheLatest_RunsFromTheStatementPublishedLast(string question, bool newestFirst)
    {
        (string Text, DateOnly Published)[] stories =
        [
            ("The Vardo harbour plan went out to consultation on Friday.", new DateOnly(2022, 4, 8)),
            ("The Vardo harbour plan drew 400 objections from residents.", new DateOnly(2022, 5, 2)),
            ("The Vardo harbour plan was approved by the council on Monday.", new DateOnly(2022, 6, 21)),
        ];
        var articles = stories.Select((s, i) => PlainTextArticleParser.Parse($"a{i}", "test", $"Vardo harbour plan\n\n{s.Text}") with { Date = s.Published }).ToArray();
        var passages = articles.Select((a, i) => new Passage { Article = a, Sentence = a.Sentences.Single(s => s.Text == stories[i].Text), Score = 3 - (0.1 * i), Coverage = 0.9, Similarity = 0.8 }).ToArray();

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus(articles), Options);

        var ranked = stories.Select(s => s.Text).ToArray();
        Assert.True(answer.IsAnswered, answer.Text);
        Assert.Equal(newestFirst ? ranked.Reverse() : ranked, answer.Citations.Select(c => c.Quote));
    }

    /// <summary>
    /// Asked how someone reacted, the answer leads with their own reaction, ranked below a sentence about the event.
    /// </summary>
    [Fact]
    public void Compose_AReactionAsked_LeadsWithTheActorsOwnReaction()
    {
        const string question = "How did Norway react to the Vardo harbour vote?";
        var (article, passages) = Ranked(
            "Vardo harbour vote",
            "Norway held the Vardo harbour vote on Tuesday after weeks of debate.",
            "Norwegian officials earlier reacted angrily to the Vardo harbour vote.");

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);

        Assert.True(answer.IsAnswered, answer.Text);
        Assert.Equal("Norwegian officials earlier reacted angrily to the Vardo harbour vote.", answer.Citations[0].Quote);
    }

    /// <summary>
    /// Asked what someone said, the answer leads with their own words, ranked below a sentence in which others speak
    /// to them.
    /// </summary>
    [Fact]
    public void Compose_WhatSomeoneSaidAsked_LeadsWithTheirOwnWords()
    {
        const string question = "What did Norway say about the Vardo harbour vote?";
        var (article, passages) = Ranked(
            "Vardo harbour vote",
            "Experts have urged Norway to delay the Vardo harbour vote until the spring.",
            "Oslo said the Vardo harbour vote would go ahead on Tuesday.");

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);

        Assert.True(answer.IsAnswered, answer.Text);
        Assert.Equal("Oslo said the Vardo harbour vote would go ahead on Tuesday.", answer.Citations[0].Quote);
    }

    /// <summary>
    /// Asked what someone said on a topic, their words on something else are no better lead than another speaker's on
    /// the topic, though the headline names it: the topic must be in the sentence for it to be preferred.
    /// </summary>
    [Fact]
    public void Compose_WhatSomeoneSaidOnATopicAsked_PrefersNoneOfTheirWordsOnSomethingElse()
    {
        const string question = "What did Kari Lunde say about the ferry tolls?";
        var (article, passages) = Ranked(
            "Vardo ferry tolls",
            "The council's spokesman said the ferry tolls Kari Lunde wanted would rise in March.",
            "Kari Lunde said she was delighted with the new harbour.");

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);

        Assert.True(answer.IsAnswered, answer.Text);
        Assert.Equal("The council's spokesman said the ferry tolls Kari Lunde wanted would rise in March.", answer.Citations[0].Quote);
    }
}
