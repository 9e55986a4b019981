using NewsBot.Names;

namespace NewsBot.Tests.Names;

/// <summary>Offices are data (Names/Roles.tsv): a reader's name for an office reaches the forms news writes.</summary>
public sealed class RolesTests
{
    [Theory]
    [InlineData("What did the PM tell the council?", "PM", "prime minister")]
    [InlineData("what did the pm tell the council?", "pm", "prime minister")]
    [InlineData("What did Vardo's Top  Diplomat sign?", "Top  Diplomat", "foreign minister")]
    [InlineData("Who is the head of state?", "head of state", "president")]
    public void Find_AReadersForm_GivesTheFormsNewsWrites(string question, string form, string expected)
    {
        var found = Assert.Single(Roles.Default.Find(question));

        Assert.Equal(form, found.Text);
        Assert.Contains(expected, found.Alternatives);
    }

    [Theory]
    [InlineData("What did the president sign?")]
    [InlineData("What happened at 5 pm on Friday?")]
    [InlineData("What did the vice-president's MPG figures show?")]
    [InlineData("Which firm bought the mpeg patents?")]
    public void Find_TheFormNewsWritesAClockTimeOrAPartOfAWord_IsNotExpanded(string question)
    {
        Assert.Empty(Roles.Default.Find(question));
    }

    [Fact]
    public void Parse_EachLineIsAnOfficeAndCapitalsMakeAnAbbreviation()
    {
        var roles = Roles.Parse("# offices\nharbour master|HM|quay chief\n\nsingle form only\n");

        Assert.Equal(["harbour master", "quay chief"], roles.Find("What did the HM say?").Single().Alternatives);
        Assert.Equal(["hm"], roles.Abbreviations);
        Assert.Empty(roles.Find("What did the harbour master say?"));
    }

    [Fact]
    public void Parse_AFileWithoutOtherForms_FindsNothing()
    {
        var roles = Roles.Parse("# offices\nharbour master\n");

        Assert.Empty(roles.Find("What did the harbour master say at 5 pm?"));
        Assert.Empty(roles.Abbreviations);
    }
}
