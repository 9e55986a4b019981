using NewsBot.Answering;
using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Answering;

/// <summary>A "what did … say about …" question is answered only by a statement on the topic asked.</summary>
public sealed class AskedTopicTests
{
    private static readonly AnsweringOptions Options = new();

    private static Passage PassageOf(string headline, string sentence)
    {
        var article = PlainTextArticleParser.Parse("a", "test", $"{headline}\n\n{sentence} Weather was mild.\n\nFerries ran as usual.");
        return new Passage { Article = article, Sentence = article.Sentences.Single(s => s.Text == sentence), Score = 3, Coverage = 0.9, Similarity = 0.8 };
    }

    [Theory]
    [InlineData("What did the Vardo mayor say about the ferry tolls?", new[] { "ferry", "tolls" })]
    [InlineData("What has Lunde said about humiliating the council?", new[] { "humiliating" })]
    [InlineData("How does Vardo feel about neutrality?", new[] { "neutrality" })]
    // The words up to the next function word; a date says when, not what.
    [InlineData("What did Okafor say about tolls on Tuesday?", new[] { "tolls" })]
    [InlineData("What did Okafor say about tolls last week?", new[] { "tolls" })]
    // Names are the names premise's; roughly a figure is no topic; a question without "about" asks on none.
    [InlineData("What did Okafor say about Tromso?", new string[0])]
    [InlineData("What did Okafor say about 300 ferries?", new string[0])]
    [InlineData("What did Okafor say on Tuesday?", new string[0])]
    [InlineData("Who spoke about the ferry tolls?", new string[0])]
    [InlineData("What is the film about?", new string[0])]
    // A name asked of a thing: the thing is the topic; a person's name is not.
    [InlineData("what is the Portvale band's next record going to be called?", new[] { "record" })]
    [InlineData("What is the new Vardo ferry called?", new[] { "ferry" })]
    [InlineData("what will the Keswick bridge be named?", new[] { "bridge" })]
    [InlineData("What's the official name for the Vardo opera?", new[] { "opera" })]
    [InlineData("what's the harbour museum's new name?", new[] { "museum" })]
    [InlineData("What is the new Vardo skipper called?", new string[0])]
    [InlineData("What is Kari Lunde's boat called?", new[] { "boat" })]
    [InlineData("What is Kari Lunde called?", new string[0])]
    [InlineData("What is the ferry called Fjord Star carrying?", new string[0])]
    [InlineData("who is the mayor of Tromso?", new[] { "mayor" })]
    [InlineData("Who is Tromso's harbour chief?", new[] { "chief" })]
    [InlineData("who is the author of the Vardo novel?", new string[0])]
    [InlineData("Who is Kari Lunde?", new string[0])]
    [InlineData("What is the population of Tromso?", new[] { "population" })]
    [InlineData("what's the budget of the Ferry Office?", new[] { "budget" })]
    [InlineData("What is the name of the Tromso mayor?", new string[0])]
    [InlineData("What is the population of the town?", new string[0])]
    public void Of_AWhatOrHowQuestionAbout_ReadsTheTopicsWords(string question, string[] expected)
    {
        Assert.Equal(expected, AskedTopic.Of(question).Words);
    }

    [Theory]
    [InlineData("what was the old Vardo library called?", "library")]
    [InlineData("What's the official name for the Portvale opera?", "opera")]
    [InlineData("what's the harbour museum's new name?", "museum")]
    [InlineData("What will the new Keswick ferry be named?", "ferry")]
    [InlineData("Who opened the Vardo library?", null)]
    [InlineData("What is the ferry called Fjord Star carrying?", null)]
    public void NamedNoun_ReadsTheNounWhoseNameIsAsked(string question, string? expected)
    {
        Assert.Equal(expected, AskedTopic.NamedNoun(question));
    }

    [Theory]
    [InlineData("What did the Vardo mayor say about ferry tolls?", "Harbour news", "The Vardo mayor said the toll on ferries would rise in May.", true)]
    // A synonym of the topic's word ("price" for "toll") holds it.
    [InlineData("What did the Vardo mayor say about tolls?", "Harbour news", "The Vardo mayor said the price of a crossing would rise in May.", true)]
    // The headline is the statement's context: "She said it was unfair" is on the topic it heads.
    [InlineData("What did the Vardo mayor say about tolls?", "Vardo mayor attacks ferry tolls", "The Vardo mayor said it was unfair on islanders.", true)]
    [InlineData("What did the Vardo mayor say about humiliating the council?", "Harbour news", "The Vardo mayor called for restraint in words and actions.", false)]
    [InlineData("what is the Portvale band's next record going to be called?", "Portvale band on festival bill", "The Portvale band will play the Keswick festival in June.", false)]
    [InlineData("what is the Portvale band's next record going to be called?", "Portvale band on festival bill", "The band's next record will be called Harbour Lights.", true)]
    // A name is given where the thing is spoken of: a headline on the record does not make a festival date its name.
    [InlineData("what is the Portvale band's next record going to be called?", "Portvale band to release next record", "The Portvale band will play the Keswick festival in June.", false)]
    [InlineData("who is the mayor of Tromso?", "Storm hits Tromso", "Tromso's harbour chief, Kari Lunde, said two boats had sunk.", false)]
    [InlineData("What is the population of Tromso?", "Storm hits Tromso", "Hundreds queued outside a shop in central Tromso.", false)]
    [InlineData("What is the population of Tromso?", "Storm hits Tromso", "The storm hit Tromso, whose population is 77,000.", true)]
    [InlineData("who is the mayor of Tromso?", "Storm hits Tromso", "Tromso's mayor, Kari Lunde, said two boats had sunk.", true)]
    [InlineData("who is the mayor of Tromso?", "Tromso mayor warns of storm damage", "Kari Lunde said two boats had sunk.", true)]
    public void HeldBy_AStatementOrItsContext_HoldsAWordOfTheTopic(string question, string headline, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedTopic.Of(question).HeldBy(PassageOf(headline, sentence)));
    }

    [Theory]
    [InlineData("What did the Vardo mayor say about ferry tolls?", "The Vardo mayor said the tolls were unfair on islanders.", true)]
    [InlineData("What did the Vardo mayor say about ferry tolls?", "The Vardo mayor said it was unfair on islanders.", false)]
    [InlineData("What did the Vardo mayor say about Tromso?", "The Vardo mayor said it was unfair on islanders.", true)]
    public void HeldBySentence_OnlyTheSentenceItself_Counts(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedTopic.Of(question).HeldBySentence(sentence));
    }

    [Fact]
    public void Compose_TheSpeakerQuotedOnAnotherTopic_IsDeclined()
    {
        const string question = "What did the Vardo mayor say about humiliating the council?";
        var onAnother = PassageOf("Harbour news", "The Vardo mayor called for restraint in words and actions, after the council voted.");
        var onTopic = PassageOf("Harbour news", "The Vardo mayor said she would not humiliate the council, after it voted.");

        var declined = ExtractiveComposer.Compose(question, [onAnother], new Corpus([onAnother.Article]), Options);
        var answered = ExtractiveComposer.Compose(question, [onTopic], new Corpus([onTopic.Article]), Options);

        Assert.False(declined.IsAnswered, declined.Text);
        Assert.Equal(LeadCheck.Topic, ExtractiveComposer.FailedCheck(onAnother, question, AnswerType.Expected(question), QuestionPremises.Of(question, [onAnother]), AskedChecks.Of(question), Options));
        Assert.True(answered.IsAnswered, answered.Text);
    }
}
