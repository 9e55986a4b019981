using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class CitationVerifierTests
{
    private static readonly string[] Shown =
    [
        "On December 17, 2021, the Russian Foreign Ministry released a draft agreement on security guarantees between Russia and the United States.",
        "The proposed measures include guarantees that NATO will not advance eastward, including by accepting Ukraine as a member.",
        "Kremlin Spokesman Dmitry Peskov said Russia doesn't threaten anyone.",
    ];

    [Fact]
    public void Verify_SupportedSentences_RenumbersMarkersInOrderOfFirstUse()
    {
        const string reply = "NATO would not advance eastward under the proposed measures [2]. Peskov said Russia threatens no one [3]. The Foreign Ministry released the draft on December 17, 2021 [1][2].";

        var check = CitationVerifier.Verify(reply, Shown);

        Assert.True(check.IsValid, check.Reason);
        Assert.Equal([2, 3, 1], check.Cited);
        Assert.Equal("NATO would not advance eastward under the proposed measures. [1] Peskov said Russia threatens no one. [2] The Foreign Ministry released the draft on December 17, 2021. [3][1]", check.Text);
    }

    [Theory]
    [InlineData("NATO will not advance eastward. [2]")]
    [InlineData("NATO will not advance eastward [2].")]
    [InlineData("NATO will not advance eastward [2, 1].")]
    public void Verify_MarkerBeforeOrAfterTheFullStopOrAsAList_IsReadAsTheSentencesOwn(string reply)
    {
        var check = CitationVerifier.Verify(reply, Shown);

        Assert.True(check.IsValid, check.Reason);
        Assert.StartsWith("NATO will not advance eastward. [1]", check.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NATO will not advance eastward [4].", "cites [4], but only [1] to [3] were shown")]
    [InlineData("NATO will not advance eastward [0].", "cites [0]")]
    [InlineData("NATO will not advance eastward [2]. Ukraine will join next year.", "cites nothing")]
    [InlineData("HACKED", "cites nothing")]
    [InlineData("Russia invaded Canada [1].", "names or numbers its citations do not contain: canada")]
    [InlineData("The draft was released on December 18, 2021 [1].", "names or numbers its citations do not contain: 18")]
    [InlineData("Officials expect markets to rally strongly after talks [2].", "content words")]
    [InlineData("It was [2].", "no content words")]
    [InlineData("   ", "empty")]
    public void Verify_BadReply_FailsWithAReason(string reply, string reason)
    {
        var check = CitationVerifier.Verify(reply, Shown);

        Assert.False(check.IsValid);
        Assert.Contains(reason, check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ClaimSupportedOnlyByAnotherShownSentence_Fails()
    {
        var check = CitationVerifier.Verify("Peskov said Russia threatens no one [1].", Shown);

        Assert.False(check.IsValid);
    }

    [Theory]
    [InlineData("propose", "propos")]
    [InlineData("proposed", "propos")]
    [InlineData("proposes", "propos")]
    [InlineData("proposing", "propos")]
    [InlineData("guarantees", "guarant")]
    [InlineData("countries", "countri")]
    [InlineData("country", "countri")]
    [InlineData("class", "class")]
    public void Stem_Inflections_MeetAtOneStem(string word, string stem)
    {
        Assert.Equal(stem, ContentWords.Stem(word));
    }

    [Fact]
    public void Essential_NamesAndNumbers_SkipTheSentenceOpener()
    {
        var essential = ContentWords.Essential("Officials said NATO met in Geneva on January 10.");

        Assert.True(essential.SetEquals(["nato", "geneva", "januari", "10"]), string.Join(", ", essential));
    }
}
