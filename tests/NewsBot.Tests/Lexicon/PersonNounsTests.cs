using NewsBot.Lexicon;

namespace NewsBot.Tests.Lexicon;

/// <summary>The nouns of people generated from WordNet load from the assembly and tell a role from a thing, and a combatant from a civilian.</summary>
public sealed class PersonNounsTests
{
    [Theory]
    [InlineData("surgeon", true)]
    [InlineData("architect", true)]
    [InlineData("spokeswoman", true)]
    [InlineData("goalkeepers", true)]
    [InlineData("spokesmen", true)]
    [InlineData("ferry", false)]
    [InlineData("head", false)]
    [InlineData("aaron", false)]
    public void Contains_ANounWhoseFirstSenseIsAPerson(string word, bool expected)
    {
        Assert.Equal(expected, PersonNouns.Default.Contains(word));
    }

    [Theory]
    [InlineData("soldiers", true)]
    [InlineData("troops", true)]
    [InlineData("marines", true)]
    [InlineData("paratroopers", true)]
    [InlineData("generals", true)]
    [InlineData("civilians", false)]
    [InlineData("residents", false)]
    [InlineData("nelson", false)]
    public void Combatants_ANounWhoseFirstSenseAsACommonNounServesOrFights(string word, bool expected)
    {
        Assert.Equal(expected, PersonNouns.Combatants.Contains(word));
    }

    [Fact]
    public void Parse_SkipsCommentsAndBlankLines()
    {
        var nouns = PersonNouns.Parse(new StringReader("# generated\n\nferryman\nSkipper\n"));

        Assert.Equal(2, nouns.Count);
        Assert.True(nouns.Contains("skippers"));
        Assert.False(nouns.Contains("ferry"));
    }
}
