using NewsBot.Answering;
using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Answering;

public sealed class AskedYesNoTests
{
    private static LeadCheck CheckOf(string question, string sentence)
    {
        var article = PlainTextArticleParser.Parse("a", "test", $"Vardo harbour\n\n{sentence} Weather was mild.");
        var passage = new Passage { Article = article, Sentence = article.Sentences.Single(s => s.Text == sentence), Score = 3, Coverage = 0.9, Similarity = 0.8 };
        return ExtractiveComposer.FailedCheck(passage, question, AnswerType.Expected(question), QuestionPremises.Of(question), AskedChecks.Of(question), new AnsweringOptions());
    }

    [Theory]
    [InlineData("Did the Vardo council approve the ferry contract?", "The Vardo council approved the ferry contract on Friday.", LeadCheck.None)]
    [InlineData("Was the Vardo harbour levy increased?", "The Vardo harbour levy was decreased on Friday.", LeadCheck.None)]
    [InlineData("Did the Vardo council approve the ferry contract?", "The Vardo council has not yet voted on the ferry contract.", LeadCheck.None)]
    [InlineData("Did the Vardo council approve the ferry contract?", "The Vardo council met in the ferry terminal to discuss the contract.", LeadCheck.Predicate)]
    [InlineData("Has Tromso agreed to the Vardo ferry plan?", "Tromso says it is not blocking the Vardo ferry plan.", LeadCheck.None)]
    [InlineData("Has Tromso agreed to the Vardo ferry plan?", "The Vardo ferry plan is not enough to fill the gap – but there is talk Tromso could add two boats.", LeadCheck.Predicate)]
    [InlineData("Has the harbour board agreed to the Vardo ferry plan?", "The Vardo ferry plan is not enough, the harbour board says.", LeadCheck.None)]
    public void FailedCheck_YesNoQuestion_LeadMustHoldOpposeOrDenyThePredicate(string question, string sentence, LeadCheck expected)
    {
        Assert.Equal(expected, CheckOf(question, sentence));
    }

    [Theory]
    [InlineData("Did the Vardo council approve the ferry contract?", true)]
    [InlineData("Has Vardo agreed to the ferry plan?", true)]
    [InlineData("Who approved the ferry contract?", false)]
    [InlineData("Could you tell me who approved the ferry contract?", false)]
    [InlineData("Did the council say when the ferry contract starts?", false)]
    public void Of_QuestionOpeningWithAnAuxiliary_IsYesNo(string question, bool expected)
    {
        Assert.Equal(expected, AskedYesNo.Of(question).IsAsked);
    }
}
