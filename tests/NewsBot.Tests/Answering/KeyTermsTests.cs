using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class KeyTermsTests
{
    private const string Consultations = "Russian-US consultations on the issues related to security guarantees took place in Geneva on January 10, followed by a meeting of the Russia-NATO Council in Brussels on January 12 and a session of the Organization for Security and Cooperation in Europe’s Permanent Council in Vienna on January 13.";

    [Fact]
    public void Names_SentenceWithPlacesAndBodies_FindsEachNameOnceWithConnectorsAndNoPossessive()
    {
        var names = KeyTerms.Names(Consultations);

        Assert.Equal(["Russian-US", "Geneva", "Russia-NATO Council", "Brussels", "Organization for Security and Cooperation", "Europe", "Permanent Council", "Vienna"], names);
    }

    /// <summary>Only white space joins a name's words: a comma, bracket or quotation mark ends it.</summary>
    [Theory]
    [InlineData("The chairman of Nordvik Ferries, Kari Lunde, backed the plan.", new[] { "Nordvik Ferries", "Kari Lunde" })]
    [InlineData("Ministers from Oslo, Bergen and Tromso met in Molde.", new[] { "Ministers", "Oslo", "Bergen and Tromso", "Molde" })]
    [InlineData("The Vardo Harbour Board (Kari Lunde) met on Friday.", new[] { "Vardo Harbour Board", "Kari Lunde", "Friday" })]
    public void Names_EndAtPunctuation(string text, string[] expected)
    {
        Assert.Equal(expected, KeyTerms.Names(text));
    }

    [Fact]
    public void Dates_MonthAndDay_AreFoundInOrder()
    {
        var dates = KeyTerms.Dates(Consultations);

        Assert.Equal(["January 10", "January 12", "January 13"], dates);
    }

    [Theory]
    [InlineData("Russia didn’t answer during the meeting, Stoltenberg said.", "Stoltenberg")]
    [InlineData("NATO Secretary General Jens Stoltenberg said in an interview aired on Sunday that talks should go on.", "Stoltenberg")]
    [InlineData("\"It is too early,\" said Peskov.", "Peskov")]
    [InlineData("\"It’s too early to tell,\" he said when asked.", null)]
    [InlineData("The proposed measures include guarantees.", null)]
    public void Speaker_AttributedSentence_IsTheLastWordOfTheName(string sentence, string? expected)
    {
        var speaker = KeyTerms.Speaker(sentence);

        Assert.Equal(expected, speaker);
    }

    [Fact]
    public void ContentWords_Question_DropsFunctionWordsAndRepeats()
    {
        var words = KeyTerms.ContentWords("What did Russia propose on December 17, and did russia say so?");

        Assert.Equal(["Russia", "propose", "December", "17"], words);
    }
}
