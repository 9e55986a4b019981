using System.Text.Json;
using NewsBot.Evaluation;
using NewsBot.Ingestion;

namespace NewsBot.Tests.Evaluation;

public sealed class ScaledCorpusTests
{
    private static readonly string[] News =
    [
        """{"id": "a", "title": "Ceasefire holds", "date": "2022-03-03", "source": "Wire", "text": "The ceasefire held overnight in Kyiv.\n\nOfficials said talks would resume on Monday."}""",
        """{"id": "b", "title": null, "date": null, "source": "Wire", "text": "The port of Odesa reopened. Grain ships left the harbour at dawn."}""",
    ];

    private static readonly string[] Wiki =
    [
        """{"id": "w", "title": "Tissue", "text": "A tissue is a group of cells. Tissues form organs.", "sentences": ["A tissue is a group of cells.", "Tissues form organs."]}""",
    ];

    [Fact]
    public void Generate_MoreThanTheSources_GivesExactlyCountRecordsWithUniqueIds()
    {
        var records = ScaledCorpus.Generate([News, Wiki], 10).ToList();

        var ids = records.Select(Id).ToList();
        Assert.Equal(10, records.Count);
        Assert.Equal(10, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generate_SeveralCorpora_CyclesThroughThemInOrderAndNumbersEachPass()
    {
        var ids = ScaledCorpus.Generate([News, Wiki], 7).Select(Id).ToList();

        Assert.Equal(["a", "b", "w", "a~1", "b~1", "w~1", "a~2"], ids);
    }

    [Fact]
    public void Generate_FirstPass_KeepsEveryRecordAsWritten()
    {
        var records = ScaledCorpus.Generate([News, Wiki], 3).ToList();

        Assert.Equal([.. News, .. Wiki], records);
    }

    [Fact]
    public void Generate_BlankLines_AreLeftOut()
    {
        var records = ScaledCorpus.Generate([["", News[0], "   "], [News[1]]], 3).Select(Id).ToList();

        Assert.Equal(["a", "b", "a~1"], records);
    }

    [Fact]
    public void Generate_Copies_AreAllKeptByTheIngestionsDuplicateCheck()
    {
        var articles = ScaledCorpus.Generate([News, Wiki], 9)
            .Select((record, i) => JsonLinesArticleReader.ReadLine(record, $"corpus.jsonl:{i + 1}").Article)
            .ToList();

        Assert.All(articles, Assert.NotNull);
        Assert.Equal(9, articles.Select(a => ArticleFingerprint.Of(a!)).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Copy_AddsOneClosingSentenceAndKeepsEverythingElse()
    {
        var original = JsonLinesArticleReader.ReadLine(News[0], "corpus.jsonl:1").Article!;

        var copy = JsonLinesArticleReader.ReadLine(ScaledCorpus.Copy(News[0], 3), "corpus.jsonl:4").Article!;

        Assert.Equal("a~3", copy.Id);
        Assert.Equal((original.Headline, original.Date, original.Source), (copy.Headline, copy.Date, copy.Source));
        Assert.Equal(original.Sentences.Select(s => s.Text).Append("(Copy 3 of this report, kept for scale testing.)"), copy.Sentences.Select(s => s.Text));
        Assert.StartsWith(original.Text, copy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_RecordWithItsOwnSentenceSplit_GetsTheClosingSentenceInTheSplitToo()
    {
        var copy = JsonLinesArticleReader.ReadLine(ScaledCorpus.Copy(Wiki[0], 1), "corpus.jsonl:2").Article!;

        Assert.Equal(["A tissue is a group of cells.", "Tissues form organs.", "(Copy 1 of this report, kept for scale testing.)"], copy.Sentences.Select(s => s.Text));
        Assert.All(copy.Sentences, s => Assert.Equal(s.Text, copy.Text.Substring(s.Start, s.Length)));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"id": 7, "text": "A numeric id is not read."}""")]
    [InlineData("""{"id": "x"}""")]
    public void Copy_RecordTheIngestionCannotRead_IsRepeatedAsItIs(string record)
    {
        Assert.Equal(record, ScaledCorpus.Copy(record, 1));
    }

    private static string Id(string record)
    {
        using var document = JsonDocument.Parse(record);
        return document.RootElement.GetProperty("id").GetString()!;
    }
}
