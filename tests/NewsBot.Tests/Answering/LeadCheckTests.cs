using NewsBot.Answering;
using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Answering;

/// <summary><see cref="ExtractiveComposer.FailedCheck"/> names the first rule that declines a lead, the one <c>eval</c> reports.</summary>
public sealed class LeadCheckTests
{
    private static readonly AnsweringOptions Options = new();

    private static LeadCheck CheckOf(string question, string headline, string sentence, double coverage = 0.9, double similarity = 0.8, string dateline = "")
    {
        var article = PlainTextArticleParser.Parse("a", "test", $"{headline}\n\n{dateline}{sentence} Weather was mild.");
        var passage = new Passage { Article = article, Sentence = article.Sentences.Single(s => s.Text == sentence), Score = 3, Coverage = coverage, Similarity = similarity };
        return ExtractiveComposer.FailedCheck(passage, question, AnswerType.Expected(question), QuestionPremises.Of(question), AskedChecks.Of(question), Options);
    }

    [Theory]
    [InlineData("How many fishermen were rescued off Vardo?", "Rescue off Vardo", "Coastguards rescued 14 fishermen off Vardo on Friday.", LeadCheck.None)]
    [InlineData("How many fishermen were rescued off Vardo?", "Rescue off Hammerfest", "Coastguards rescued 14 fishermen off Hammerfest on Friday.", LeadCheck.Names)]
    [InlineData("How many fishermen were rescued off Vardo?", "Rescue off Vardo", "Fishermen were rescued off Vardo, 40 kilometres from the coast.", LeadCheck.ValueKind)]
    [InlineData("What did Vardo not agree to?", "Vardo talks", "Vardo agreed to the harbour plan on Friday.", LeadCheck.Polarity)]
    [InlineData("When did Lindqvist warn that Vardo port would close?", "Lindqvist and Okafor clash over Vardo port", "Maria Okafor warned on Monday that Vardo port would close.", LeadCheck.Actor)]
    [InlineData("Why did Vardo port close?", "Vardo port", "Why did Vardo port close so suddenly?", LeadCheck.Question)]
    [InlineData("Why did Vardo port close?", "Vardo port", "The harbour master asked: “Why did Vardo port close?”", LeadCheck.Question)]
    [InlineData("Why did Vardo port close?", "Vardo port", "(Why did Vardo port close so early?)", LeadCheck.Question)]
    [InlineData("Why did Vardo port close?", "Vardo port", "Vardo port closed because its quay had subsided.", LeadCheck.None)]
    [InlineData("Why did Vardo port close?", "Vardo port", "Vardo port closed because its quay had subsided.[citation needed?]", LeadCheck.None)]
    [InlineData("How many caps has Vardo's captain won?", "Vardo captain retires", "Vardo's captain will retire at the end of the Six Nations.", LeadCheck.Value)]
    [InlineData("How many caps has Vardo's captain won?", "Vardo captain retires", "Vardo's captain, who has won six caps, will retire.", LeadCheck.None)]
    [InlineData("Who leads the Vardo Party?", "Vardo Party congress", "Vardo Party leader Kari Lunde told the congress the harbour would stay open.", LeadCheck.None)]
    [InlineData("Who leads the Vardo Party?", "Vardo Party congress", "Vardo Party member Kari Lunde told the congress the harbour would stay open.", LeadCheck.Predicate)]
    public void FailedCheck_NamesTheFirstRuleTheLeadFails(string question, string headline, string sentence, LeadCheck expected)
    {
        var check = CheckOf(question, headline, sentence);

        Assert.Equal(expected, check);
    }

    [Fact]
    public void FailedCheck_WeakEvidence_IsEvidenceBeforeAnyPremise()
    {
        var check = CheckOf("How many fishermen were rescued off Vardo?", "Rescue off Hammerfest", "Coastguards rescued 14 fishermen off Hammerfest on Friday.", coverage: 0.1, similarity: 0.6);

        Assert.Equal(LeadCheck.Evidence, check);
    }

    /// <summary>Thursday 3 March 2022: "on Wednesday" is the 2nd, "on Thursday" the 3rd.</summary>
    [Theory]
    [InlineData("How many people were hurt in the 3 March strike on Vardo?", "A strike on Vardo on Wednesday hurt 12 people.", LeadCheck.Day)]
    [InlineData("How many people were hurt in the strike on Vardo on 3 March?", "A strike on Vardo on 2 March hurt 12 people.", LeadCheck.Day)]
    [InlineData("How many people were hurt in the 3 March strike on Vardo?", "A strike on Vardo on Thursday hurt 12 people.", LeadCheck.None)]
    [InlineData("How many people were hurt in the 3 March strike on Vardo?", "A strike on Vardo hurt 12 people.", LeadCheck.None)]
    [InlineData("How many people were hurt in the 3 March strike on Vardo?", "A strike on Vardo last week hurt 12 people.", LeadCheck.None)]
    [InlineData("How many people were hurt in the 3 March strike on Vardo?", "Officials said on Wednesday that the strike on Vardo on 3 March hurt 12 people.", LeadCheck.None)]
    [InlineData("How many people were hurt in the strike on Vardo?", "A strike on Vardo on Wednesday hurt 12 people.", LeadCheck.None)]
    public void FailedCheck_ADayAsked_IsNotAnsweredByASentenceAboutAnotherDay(string question, string sentence, LeadCheck expected)
    {
        var check = CheckOf(question, "Strike on Vardo", sentence, dateline: "VARDO, March 3, 2022. /AFP/. ");

        Assert.Equal(expected, check);
    }

    /// <summary>
    /// News describes a person once and then writes the surname: a statement that names "Brannock" holds what the
    /// article said she is, so a question about Norway's fisheries minister is not declined for want of "Norway" in its
    /// paragraph; one about Sweden's still is.
    /// </summary>
    [Theory]
    [InlineData("How many boats did Norway's fisheries minister say were lost?", LeadCheck.None)]
    [InlineData("How many boats did Sweden's fisheries minister say were lost?", LeadCheck.Names)]
    public void FailedCheck_ASurnameTheArticleDescribed_HoldsTheDescriptionsNames(string question, LeadCheck expected)
    {
        const string statement = "Brannock said 14 boats were lost in the storm.";
        var article = PlainTextArticleParser.Parse(
            "a",
            "test",
            "Storm hits the northern fleet\n\nNorway’s fisheries minister, Lena Brannock, flew to Vardo on Friday. Crews met her at the quay.\n\n"
            + "The harbour was closed for two days. Ferries stayed in port.\n\n" + statement);
        var passage = new Passage { Article = article, Sentence = article.Sentences.Single(s => s.Text == statement), Score = 3, Coverage = 0.9, Similarity = 0.8 };

        var check = ExtractiveComposer.FailedCheck(passage, question, AnswerType.Expected(question), QuestionPremises.Of(question), AskedChecks.Of(question), Options);

        Assert.Equal(expected, check);
    }

    /// <summary>
    /// The statement's article names Brannock without saying who she is; another article retrieved for the question,
    /// from the same month, calls her Norway's fisheries minister, and so the question's Norway is held. One from two
    /// years before does not count: offices change hands.
    /// </summary>
    [Theory]
    [InlineData("2022-03-10", LeadCheck.None)]
    [InlineData("2020-03-10", LeadCheck.Names)]
    public void FailedCheck_ASurnameAnotherRetrievedArticleDescribes_HoldsThatDescriptionsNames(string otherDate, LeadCheck expected)
    {
        const string question = "How many boats did Norway's fisheries minister say were lost?";
        const string statement = "Brannock said 14 boats were lost in the storm.";
        var article = PlainTextArticleParser.Parse("a", "test", $"Storm hits the northern fleet\n\n{statement}") with { Date = new DateOnly(2022, 3, 12) };
        var other = PlainTextArticleParser.Parse("b", "test", "Quota talks\n\nNorway’s fisheries minister, Lena Brannock, met trawler owners in Vardo.") with { Date = DateOnly.Parse(otherDate, System.Globalization.CultureInfo.InvariantCulture) };
        var passage = new Passage { Article = article, Sentence = article.Sentences.Single(s => s.Text == statement), Score = 3, Coverage = 0.9, Similarity = 0.8 };
        var retrieved = new Passage { Article = other, Sentence = other.Sentences[^1], Score = 2, Coverage = 0.5, Similarity = 0.7 };
        var premises = QuestionPremises.Of(question, [passage, retrieved]);

        var check = ExtractiveComposer.FailedCheck(passage, question, AnswerType.Expected(question), premises, AskedChecks.Of(question), Options);

        Assert.Equal(expected, check);
    }

    [Fact]
    public void Compose_ASurnameAnotherRetrievedArticleDescribes_Answers()
    {
        const string question = "How many boats did Norway's fisheries minister say were lost?";
        const string statement = "Brannock said 14 boats were lost in the storm.";
        var article = PlainTextArticleParser.Parse("a", "test", $"Storm hits the northern fleet\n\n{statement}") with { Date = new DateOnly(2022, 3, 12) };
        var other = PlainTextArticleParser.Parse("b", "test", "Quota talks\n\nNorway’s fisheries minister, Lena Brannock, met trawler owners in Vardo.") with { Date = new DateOnly(2022, 3, 10) };
        Passage[] passages =
        [
            new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == statement), Score = 3, Coverage = 0.9, Similarity = 0.8 },
            new() { Article = other, Sentence = other.Sentences[^1], Score = 2, Coverage = 0.3, Similarity = 0.6 },
        ];

        var answer = ExtractiveComposer.Compose(question, passages, new Corpus([article, other]), Options);

        Assert.True(answer.IsAnswered);
        Assert.Equal(statement, answer.Citations[0].Quote);
    }
}
