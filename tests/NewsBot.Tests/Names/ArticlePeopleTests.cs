using NewsBot.Ingestion;
using NewsBot.Names;

namespace NewsBot.Tests.Names;

/// <summary>An article's people read as news introduces them, and what a later, briefer mention refers to.</summary>
public sealed class ArticlePeopleTests
{
    [Theory]
    [InlineData("Norway’s fisheries minister, Lena Brannock, said the quota would stand.", "Lena Brannock", "Brannock", "Norway’s fisheries minister", "fisheries minister")]
    [InlineData("Lena Brannock, the Norwegian fisheries minister, said the quota would stand.", "Lena Brannock", "Brannock", "Norwegian fisheries minister", "fisheries minister")]
    [InlineData("The talks were led by Vardo harbour warden Tor Olsen on Monday.", "Tor Olsen", "Olsen", "Vardo harbour warden", "harbour warden")]
    [InlineData("Deputy Prime Minister Arne Lunde opened the bridge.", "Arne Lunde", "Lunde", "Deputy Prime Minister", "deputy prime minister")]
    [InlineData("It was signed by US secretary of state Mara Quell in Oslo.", "Mara Quell", "Quell", "US secretary of state", "secretary of state")]
    [InlineData("The Kremlin spokesperson, Ivan Sorokin, denied it.", "Ivan Sorokin", "Sorokin", "Kremlin spokesperson", "spokesperson")]
    [InlineData("Earlier, President Brannock thanked the crews.", "Brannock", "Brannock", "President", "president")]
    [InlineData("He met Norway's deputy foreign minister Lena Brannock.", "Lena Brannock", "Brannock", "Norway's deputy foreign minister", "deputy foreign minister")]
    public void Find_ADescriptionBeforeOrAfterAName_IsReadWithItsOffice(string sentence, string name, string surname, string description, string office)
    {
        var person = Assert.Single(ArticlePeople.Find(sentence));

        Assert.Equal(name, person.Name);
        Assert.Equal(surname, person.Surname);
        Assert.Equal(description, person.Description);
        Assert.Equal(office, person.Office);
    }

    [Theory]
    [InlineData("Lena Brannock, who chairs the council, said the quota would stand.")]
    [InlineData("Lena Brannock, Tor Olsen and Arne Lunde signed the letter.")]
    [InlineData("The minister Brannock said the quota would stand.")]
    [InlineData("Talks with the Commander of the Order of Vardo ended.")]
    [InlineData("Ministers including Lena Brannock signed it.")]
    [InlineData("Crews met on Monday March 3 in Vardo Harbour.")]
    public void Find_AClauseAListOrNoOffice_DescribesNobody(string sentence)
    {
        Assert.Empty(ArticlePeople.Find(sentence));
    }

    [Fact]
    public void Describe_ALaterMentionBySurname_GivesTheDescriptionAndOneByOfficeGivesTheName()
    {
        var article = PlainTextArticleParser.ParseBody(
            "vardo",
            "vardo.txt",
            """
            Norway’s fisheries minister, Lena Brannock, visited Vardo on Monday. Tor Olsen, the harbour warden, met her at the quay.

            Brannock said the quota would stand. The harbour warden said the boats were secured.
            """,
            "Quota stays");
        var people = ArticlePeople.Of(article);

        Assert.Equal("Norway’s fisheries minister", people.Describe("Brannock said the quota would stand."));
        Assert.Equal("Norway’s fisheries minister", people.Describe("Brannock’s letter came on Friday."));
        Assert.Equal("Tor Olsen", people.Describe("The harbour warden said the boats were secured."));
        Assert.Equal(string.Empty, people.Describe("Norway’s fisheries minister, Lena Brannock, visited Vardo on Monday."));
        Assert.Equal(string.Empty, people.Describe("The quota was set in May."));
        Assert.Same(people, ArticlePeople.Of(article));
    }

    [Fact]
    public void Describe_ASurnameTwoPeopleShareOrAnOfficeTwoHold_RefersToNobody()
    {
        var people = new ArticlePeople(
        [
            new PersonDescription("Lena Brannock", "Brannock", "the fisheries minister"),
            new PersonDescription("Ola Brannock", "Brannock", "Vardo's mayor"),
            new PersonDescription("Tor Olsen", "Olsen", "Vardo's harbour warden"),
            new PersonDescription("Kari Lunde", "Lunde", "Hamn's harbour warden"),
        ]);

        Assert.Equal(string.Empty, people.Describe("Brannock said the quota would stand."));
        Assert.Equal(string.Empty, people.Describe("The harbour warden said the boats were secured."));
        Assert.Equal("Vardo's harbour warden", people.Describe("Olsen said the boats were secured."));
    }

    [Fact]
    public void Describe_FromOtherArticles_GivesTheUsualDescriptionThatSaysWhoseOfficeItIs()
    {
        PersonDescription[] others =
        [
            new("Lena Brannock", "Brannock", "Minister"),
            new("Lena Brannock", "Brannock", "Minister"),
            new("Lena Brannock", "Brannock", "Norway’s fisheries minister"),
        ];

        Assert.Equal("Norway’s fisheries minister", ArticlePeople.Describe("Brannock said the quota would stand.", others));
        Assert.Equal(string.Empty, ArticlePeople.Describe("Norway’s fisheries minister Lena Brannock said the quota would stand.", others));
    }

    [Fact]
    public void Describe_FromOtherArticles_NamesTheHolderMostOfThemGiveAnOffice()
    {
        PersonDescription[] mostly = [new("Tor Olsen", "Olsen", "harbour warden"), new("Tor Olsen", "Olsen", "Vardo’s harbour warden"), new("Tor Olsen", "Olsen", "harbour warden"), new("Kari Lunde", "Lunde", "harbour warden")];
        PersonDescription[] split = [new("Tor Olsen", "Olsen", "harbour warden"), new("Tor Olsen", "Olsen", "harbour warden"), new("Kari Lunde", "Lunde", "harbour warden"), new("Kari Lunde", "Lunde", "harbour warden")];

        Assert.Equal("Tor Olsen", ArticlePeople.Describe("The harbour warden said the boats were secured.", mostly));
        Assert.Equal(string.Empty, ArticlePeople.Describe("The harbour warden said the boats were secured.", split));
    }

    [Fact]
    public void Describe_FromOtherArticles_ReadsAPlaceAsThePlaceNotAsASurname()
    {
        PersonDescription[] others = [new("Ruth Washington", "Washington", "Vardo’s mayor"), new("Ruth Washington", "Washington", "Vardo’s mayor")];

        Assert.Equal(string.Empty, ArticlePeople.Describe("Talks in Washington ended on Friday.", others));
    }
}
