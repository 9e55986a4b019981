using NewsBot.Answering;
using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Answering;

/// <summary>The question's main predicate must be held, in some form or synonym, by the statement that answers it.</summary>
public sealed class AskedPredicateTests
{
    [Theory]
    [InlineData("Who turned down the harbour plan?", "turned down")]
    [InlineData("How many climbers were injured on the ridge?", "injured")]
    [InlineData("What did the mayor reject?", "reject")]
    [InlineData("Which company backed the bid?", "backed")]
    [InlineData("How much did the council pay for the land?", "pay")]
    [InlineData("When did the vote open?", "open")]
    [InlineData("How many howitzers for the front?", "howitzers")]
    [InlineData("Did the mayor reject the plan?", "reject")]
    [InlineData("How many people work at the Vardo shipyard?", "work at")]
    [InlineData("How many ferries sail from Vardo?", "sail")]
    public void Of_AQuestion_FindsItsPredicate(string question, string predicate)
    {
        Assert.Equal(predicate, AskedPredicate.Of(question)?.Text);
    }

    [Theory]
    [InlineData("mayor rejects harbour plan")]
    public void Of_TextWithoutAQuestionWordOrAuxiliary_HasNone(string text)
    {
        Assert.Null(AskedPredicate.Of(text));
    }

    [Theory]
    [InlineData("What is the capital of the province?")]
    [InlineData("Who made the decision?")]
    public void Of_AQuestionWithoutAContentVerb_HasNone(string question)
    {
        Assert.Null(AskedPredicate.Of(question));
    }

    [Theory]
    [InlineData("Twelve climbers were wounded on the ridge.", true)]
    [InlineData("Twelve climbers suffered injuries on the ridge.", true)]
    [InlineData("Twelve climbers were injured on the ridge.", true)]
    [InlineData("Twelve climbers attended a vigil after the fall.", false)]
    public void HeldBy_AFormOrSynonymOfThePredicate_HoldsIt(string sentence, bool expected)
    {
        var predicate = AskedPredicate.Of("How many climbers were injured on the ridge?")!;

        Assert.Equal(expected, predicate.HeldBy(sentence));
    }

    [Theory]
    [InlineData("Who leads the Vardo Party?", "Vardo Party leader Kari Lunde spoke on Friday.", true)]
    [InlineData("Who founded the Bergen choir?", "The choir's founder, Ola Brekke, retired last year.", true)]
    [InlineData("Who owns the Nordvik ferry?", "The Nordvik ferry's owner sold it in May.", true)]
    [InlineData("Who leads the Vardo Party?", "Vardo Party member Kari Lunde spoke on Friday.", false)]
    public void HeldBy_TheVerbsOwnNounForTheDoer_HoldsIt(string question, string sentence, bool expected)
    {
        var predicate = AskedPredicate.Of(question)!;

        Assert.Equal(expected, predicate.HeldBy(sentence));
    }

    /// <summary>A sentence writing the predicate only under a negation says who did not do it: no who-did-it answer.</summary>
    [Theory]
    [InlineData("Kari Lunde has never won the Vardo regatta.", false)]
    [InlineData("Kari Lunde hasn't won the Vardo regatta since 2019.", false)]
    [InlineData("Kari Lunde did not win the Vardo regatta.", false)]
    [InlineData("Kari Lunde, who had never won before, won the Vardo regatta on Sunday.", true)]
    [InlineData("Kari Lunde not only won the Vardo regatta but set a record.", true)]
    [InlineData("Ola Brekke, not Kari Lunde, won the Vardo regatta.", true)]
    [InlineData("Kari Lunde won the Vardo regatta on Sunday.", true)]
    public void AffirmedBy_ThePredicateOnlyUnderANegation_IsNotAffirmed(string sentence, bool expected)
    {
        var article = PlainTextArticleParser.Parse("regatta", "regatta.txt", $"Regatta\n\n{sentence}");
        var passage = new Passage { Article = article, Sentence = article.Sentences.Single(s => s.Text == sentence), Score = 1, Coverage = 1 };

        Assert.Equal(expected, AskedPredicate.Of("Who won the Vardo regatta?")!.AffirmedBy(passage));
    }

    [Fact]
    public void LeadFeatures_ASentenceNamingTheSameThingsButAnotherPredicate_DoesNotHoldIt()
    {
        var article = PlainTextArticleParser.Parse("port", "port.txt", "Harbour\n\nThe council discussed the harbour plan on Monday.\n\nLater the mayor rejected the harbour plan.");
        Passage Statement(string start) => new() { Article = article, Sentence = article.Sentences.First(s => s.Text.StartsWith(start, StringComparison.Ordinal)), Score = 1, Coverage = 1 };

        var features = LeadFeatures.Of("Who turned down the harbour plan?", [Statement("The council discussed"), Statement("Later the mayor rejected")], new AnsweringOptions());

        Assert.False(features[0].PredicateHeld);
        Assert.True(features[1].PredicateHeld);
    }
}
