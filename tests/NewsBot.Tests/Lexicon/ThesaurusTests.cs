using NewsBot.Lexicon;

namespace NewsBot.Tests.Lexicon;

/// <summary>The lexicon generated from WordNet loads from the assembly and takes words back to their lemmas.</summary>
public sealed class ThesaurusTests
{
    [Theory]
    [InlineData("bought", "buy")]
    [InlineData("fled", "flee")]
    [InlineData("children", "child")]
    [InlineData("injured", "injure")]
    [InlineData("stopped", "stop")]
    [InlineData("rejects", "reject")]
    public void Lemmas_AnInflectedForm_GivesItsLemma(string form, string lemma)
    {
        var lemmas = Thesaurus.Default.Lemmas(form);

        Assert.Contains(lemmas, e => e.Lemma == lemma);
    }

    [Fact]
    public void Default_TheEmbeddedFile_HoldsSynonymsAndDerivedFormsOfFrequentSenses()
    {
        var reject = Thesaurus.Default.Find(WordClass.Verb, "reject")!;
        var injure = Thesaurus.Default.Find(WordClass.Verb, "injure")!;
        var buy = Thesaurus.Default.Find(WordClass.Verb, "buy")!;

        Assert.True(Thesaurus.Default.Count > 10_000);
        Assert.Contains("turn down", reject.Synonyms);
        Assert.Contains("rejection", reject.Derived);
        Assert.Contains("wound", injure.Synonyms);
        Assert.Contains("injury", injure.Derived);
        Assert.Contains("purchase", buy.Synonyms);
        Assert.Contains("bought", buy.Forms);
    }

    [Fact]
    public void Default_ARareSense_GivesNoSynonym()
    {
        // "buy" as "bribe" is 2 of its 104 SemCor tags: under the share a sense needs.
        var buy = Thesaurus.Default.Find(WordClass.Verb, "buy")!;

        Assert.DoesNotContain("bribe", buy.Synonyms);
    }

    [Fact]
    public void Lemmas_AWordOfTwoClasses_GivesBoth()
    {
        var lemmas = Thesaurus.Default.Lemmas("attacks");

        Assert.Contains(lemmas, e => e.Lemma == "attack" && e.Class == WordClass.Noun);
        Assert.Contains(lemmas, e => e.Lemma == "attack" && e.Class == WordClass.Verb);
    }

    [Fact]
    public void Parse_ALineWithoutItsLists_SaysWhichLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => Thesaurus.Parse(new StringReader("# header\nv\tbuy\t104\n")));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
