using NewsBot.Names;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Names;

public sealed class NameCatalogTests
{
    private static readonly NameCatalog Names = NameCatalog.Default;

    [Fact]
    public void Default_CoversEveryUnMemberStateAndCommonOthers()
    {
        var members = Names.Entities.Where(e => e.Un).ToList();

        Assert.Equal(193, members.Count);
        Assert.All(members, m => Assert.Equal("country", m.Kind));
        Assert.All(members, m => Assert.NotEmpty(m.Capitals));
        Assert.All(members, m => Assert.NotEmpty(m.Demonyms));
        Assert.Equal(Names.Entities.Count, Names.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(["Kosovo", "Taiwan", "Palestine", "Vatican", "European Union", "Nato"], name => Assert.Single(Names.Find(name)));
    }

    [Theory]
    [InlineData("since when has Lisbon been in the alliance?", new[] { "Portugal", "Nato" })]
    [InlineData("What did the Kremlin's spokesman say?", new[] { "Russia" })]
    [InlineData("What did No 10 and Downing Street deny?", new[] { "United Kingdom" })]
    [InlineData("What did Portugal's foreign minister say?", new string[0])]
    [InlineData("Which Portuguese ports reopened?", new string[0])]
    [InlineData("Who spoke in Brussels?", new string[0])]
    public void NamesOfStandIns_NamesWhatTheQuestionCallsByACapitalOrStandIn(string question, string[] expected)
    {
        Assert.Equal(expected, Names.NamesOfStandIns(question));
    }

    [Theory]
    [InlineData("What did Downing Street deny?", "Downing Street", "GBR")]
    [InlineData("What did No 10 say?", "No 10", "GBR")]
    [InlineData("What did the White House announce?", "White House", "USA")]
    [InlineData("Why did the Élysée object?", "Élysée", "FRA")]
    [InlineData("Why did the Elysee object?", "Elysee", "FRA")]
    [InlineData("What did the Kremlin's spokesman say?", "Kremlin", "RUS")]
    [InlineData("How many Britons were evacuated?", "Britons", "GBR")]
    [InlineData("What did the U.K. sign?", "U.K", "GBR")]
    [InlineData("What has North Korea tested?", "North Korea", "PRK")]
    [InlineData("What did the alliance approve?", "the alliance", "NATO")]
    [InlineData("Which Tory MPs rebelled?", "Tory", "PCON")]
    [InlineData("What did the Tories promise?", "Tories", "PCON")]
    [InlineData("What did the Conservative leader say?", "Conservative", "PCON")]
    [InlineData("Why did the Lib Dems walk out?", "Lib Dems", "PLDM")]
    [InlineData("What did the GOP block?", "GOP", "PREP")]
    [InlineData("What did the Scottish National Party want?", "Scottish National Party", "PSNP")]
    [InlineData("Who chairs the Fed?", "Fed", "FED")]
    [InlineData("What did Threadneedle Street decide?", "Threadneedle Street", "BOE")]
    [InlineData("What did the World Health Organization warn?", "World Health Organization", "WHO")]
    public void Find_AFormOfOneOrSeveralWords_IsOneMentionOfItsEntity(string text, string written, string id)
    {
        var mention = Assert.Single(Names.Find(text));

        Assert.Equal(written, mention.Text);
        Assert.Equal(id, Assert.Single(mention.Entities).Id);
    }

    [Theory]
    [InlineData("Tell us about the talks.")]
    [InlineData("Was the estimate too conservative?")]
    [InlineData("Who pays for the labour on the new bridge?")]
    [InlineData("Which pole was reached first?")]
    [InlineData("What did the commission decide?")]
    [InlineData("He said there were no 10-year bonds.")]
    [InlineData("Fans were fed up with the delays.")]
    [InlineData("WHO won the match?")]
    public void Find_WordsThatOnlyLookLikeNames_AreNoMention(string text)
    {
        Assert.Empty(Names.Find(text));
    }

    [Theory]
    [InlineData("Which rivers drain into the sea in North America?", "North America")]
    [InlineData("How dry is New South Wales?", "New South Wales")]
    public void Find_ALongerPlaceHoldingACountrysName_IsNotThatCountry(string text, string place)
    {
        var mention = Names.Find(text).Single(m => m.Text == place);

        Assert.Equal("region", Assert.Single(mention.Entities).Kind);
        Assert.Empty(mention.Alternatives);
    }

    [Fact]
    public void Find_ANameTypedInLowerCase_IsFoundButNotTakenAsAName()
    {
        Assert.False(Assert.Single(Names.Find("when did americans vote?")).IsCapitalised);
        Assert.True(Assert.Single(Names.Find("when did Americans vote?")).IsCapitalised);
        Assert.True(Assert.Single(Names.Find("what did the alliance approve?")).IsCapitalised);
    }

    [Theory]
    [InlineData("which trawlers did chile seize?", new[] { "CHL" })]
    [InlineData("Which trawlers did Chile seize?", new[] { "CHL" })]
    [InlineData("which trawlers did chile seize off Peru?", new[] { "PER" })]
    [InlineData("I'm asking which trawlers chile seized", new[] { "CHL" })]
    [InlineData("which trawlers did the polish navy seize?", new string[0])]
    public void FindAsked_ANameInLowerCase_CountsOnlyInAQuestionTypedWithoutCapitals(string question, string[] expected)
    {
        Assert.Equal(expected, Names.FindAsked(question).SelectMany(m => m.Entities).Select(e => e.Id).Distinct());
    }

    [Fact]
    public void Find_AFormSharedByTwoEntities_NamesBoth()
    {
        var mention = Assert.Single(Names.Find("Which Congolese minister resigned?"));

        Assert.Equal(["COD", "COG"], mention.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Alternatives_AStandInBringsItsEntitysNamesAndOtherStandIns()
    {
        var ottawa = Assert.Single(Names.Find("How did Ottawa vote?"));
        var downingStreet = Assert.Single(Names.Find("What did Downing Street deny?"));

        Assert.Contains("Canada", ottawa.Alternatives);
        Assert.Contains("Canadian", ottawa.Alternatives);
        Assert.Contains("No 10", downingStreet.Alternatives);
        Assert.Contains("UK", downingStreet.Alternatives);
        Assert.DoesNotContain("Downing Street", downingStreet.Alternatives);
    }

    [Fact]
    public void Alternatives_ANameBringsNamesAndDemonymsButNoCapitalOrLooseForm()
    {
        var canada = Assert.Single(Names.Find("How did Canada vote?"));
        var bulgaria = Assert.Single(Names.Find("What did Bulgaria block?"));
        var us = Assert.Single(Names.Find("What did the US announce?"));

        Assert.Contains("Canadian", canada.Alternatives);
        Assert.DoesNotContain("Ottawa", canada.Alternatives);
        Assert.DoesNotContain("Sofia", bulgaria.Forms);
        Assert.Contains("United States", us.Alternatives);
        Assert.DoesNotContain("Washington", us.Forms);
        Assert.Contains("White House", us.Forms);
    }

    [Theory]
    [InlineData("How did Ottawa vote?", "Canada's delegate abstained.", true)]
    [InlineData("What did Sofia veto?", "Bulgaria vetoed the talks.", true)]
    [InlineData("What did Bulgaria veto?", "Sofia Coppola vetoed the script.", false)]
    [InlineData("What did the US announce?", "They told us nothing.", false)]
    [InlineData("What did the US announce?", "The U.S. announced sanctions.", true)]
    [InlineData("What did the UK announce?", "Britons were told to leave.", true)]
    [InlineData("Who heads the Élysée?", "France's president heads it.", true)]
    public void Holds_AnyNonLooseFormOfTheEntity(string question, string text, bool expected)
    {
        var mention = Assert.Single(Names.Find(question));

        Assert.Equal(expected, NameCatalog.Holds(text, mention));
    }

    [Theory]
    [InlineData("Who did the premier meet in Oslo on Monday?", "The premier met Norway's fishing chiefs on Monday.", false)]
    [InlineData("Who did the premier meet in Oslo on Monday?", "In Oslo on Monday the premier met the fishing chiefs.", true)]
    [InlineData("What was signed at Oslo?", "Norway signed the accord.", false)]
    [InlineData("How did Oslo vote?", "Norway's delegate abstained.", true)]
    [InlineData("What did Oslo's envoy say?", "Norway's envoy said nothing.", true)]
    [InlineData("What did Vardo ask of Oslo?", "Vardo asked Norway for a new quay.", true)]
    [InlineData("What is the population of Oslo?", "Norway has a population of five million.", false)]
    [InlineData("what is the population of oslo?", "Norway has a population of five million.", false)]
    [InlineData("Who is the mayor of Oslo?", "The mayor of Oslo is Kari Lunde.", true)]
    [InlineData("How far north-east of Oslo is Vardo?", "Norway's border runs north.", false)]
    public void FindAsked_ACapitalWhereAPlaceStands_IsHeldOnlyByTheCity(string question, string text, bool expected)
    {
        var mention = Assert.Single(Names.FindAsked(question));

        Assert.Equal("NOR", Assert.Single(mention.Entities).Id);
        Assert.Contains("Norway", mention.Alternatives);
        Assert.Equal(expected, NameCatalog.Holds(text, mention));
    }

    [Fact]
    public void Parse_ALooseFormThatIsNoForm_FailsWithItsName()
    {
        const string Json = """{"entities": [{"id": "X", "kind": "country", "names": ["Xland"], "loose": ["Xville"]}]}""";

        var error = Assert.Throws<InvalidDataException>(() => NameCatalog.Parse(Json));

        Assert.Contains("Xville", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AddingANameIsEditingData()
    {
        const string Json = """{"entities": [{"id": "X", "kind": "country", "names": ["Xland"], "capitals": ["Xville"], "demonyms": ["Xish"]}]}""";

        var mention = Assert.Single(NameCatalog.Parse(Json).Find("What did Xville decide?"));

        Assert.Equal(["Xland", "Xish"], mention.Alternatives);
    }

    /// <summary>A name is matched however its accents are typed, whichever letters carry them (ł, ğ, ő as well as é).</summary>
    [Theory]
    [InlineData("What did Lodz decide?")]
    [InlineData("What did Łódź decide?")]
    [InlineData("Why did the Dagli party walk out?")]
    [InlineData("Why did the Dağlı party walk out?")]
    public void Find_ANameTypedWithOrWithoutItsAccents_IsTheSameEntity(string question)
    {
        const string Json = """{"entities": [{"id": "X", "kind": "country", "names": ["Xland"], "capitals": ["Łódź"], "demonyms": ["Xish"]}, {"id": "PD", "kind": "party", "names": ["Dağlı party"]}]}""";

        Assert.Single(NameCatalog.Parse(Json).Find(question));
    }

    /// <summary>A question asking for an institution's head, chief, boss or leader gives the office news names that head by.</summary>
    [Theory]
    [InlineData("Who is the head of Nato?", "head", "secretary general")]
    [InlineData("Who is the chief of the UN?", "chief", "secretary general")]
    [InlineData("who is Nato's chief?", "chief", "secretary general")]
    [InlineData("What did the Bank of England boss say?", "boss", "governor")]
    public void HeadsAsked_AnInstitutionsHead_IsTheOfficeItsHeadHolds(string question, string written, string office)
    {
        var (text, alternatives) = Assert.Single(Names.HeadsAsked(question));

        Assert.Equal(written, text);
        Assert.Equal([office], alternatives);
    }

    [Theory]
    [InlineData("Who leads Nato?")]
    [InlineData("What did the head of state say?")]
    [InlineData("Who is the head of Norway?")]
    [InlineData("Where did Nato head next?")]
    public void HeadsAsked_NoInstitutionsHeadAsked_IsNone(string question)
    {
        Assert.Empty(Names.HeadsAsked(question));
    }
}
