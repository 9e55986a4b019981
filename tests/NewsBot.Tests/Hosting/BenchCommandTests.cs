using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Hosting;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

public sealed class BenchCommandTests
{
    // Three articles of 2, 3 and 2 sentences; every copy adds one closing sentence.
    internal static readonly string[] Articles =
    [
        """{"id": "a", "title": "Ceasefire holds", "date": "2022-03-03", "source": "Wire", "text": "The ceasefire held overnight in Kyiv.\n\nOfficials said talks would resume on Monday."}""",
        """{"id": "b", "title": "Port reopens", "date": "2022-03-04", "source": "Wire", "text": "The port of Odesa reopened on Friday. Grain ships left the harbour at dawn. Insurers raised their rates."}""",
        """{"id": "c", "title": "Schools reopen", "date": "2022-03-05", "source": "Wire", "text": "Schools in Kharkiv reopened after two weeks. Teachers held classes in basements."}""",
    ];

    private static readonly string[] Questions =
    [
        """{"id": "q1", "question": "When did the port of Odesa reopen?", "answers": ["Friday"], "is_impossible": false}""",
        """{"id": "q2", "question": "Where did teachers in Kharkiv hold classes?", "answers": ["basements"], "is_impossible": false}""",
    ];

    [Fact]
    public async Task Bench_TinyCorpusScaledToTwelve_ReportsCountsLatencyAndAColdStartThatReusesTheIndex()
    {
        using var inputs = new TempDirectory();
        using var data = new TempDirectory();
        await File.WriteAllLinesAsync(inputs.Combine("articles.jsonl"), Articles);
        await File.WriteAllLinesAsync(inputs.Combine("questions.jsonl"), Questions);
        using var output = new StringWriter();

        var exitCode = await NewsBotCommands.InvokeAsync(
            ["bench", "--corpus", inputs.Combine("articles.jsonl"), "--questions", inputs.Combine("questions.jsonl"), "--articles", "12", "--rounds", "2", "--data", data.Path, "--Embedding:Enabled=false"],
            output,
            TextWriter.Null);

        // Four passes over the three articles: 4 × 7 sentences, plus one closing sentence in each of the 9 copies.
        var printed = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("12 articles in, 12 indexed (0 word-for-word duplicates, 0 skipped), 37 sentences", printed, StringComparison.Ordinal);
        Assert.Contains("embeddings off", printed, StringComparison.Ordinal);
        Assert.Contains("index reused, nothing re-indexed", printed, StringComparison.Ordinal);
        Assert.Contains("2 × 2 rounds = 4 timed", printed, StringComparison.Ordinal);
        Assert.Matches(PercentilesLine("retrieval"), printed);
        Assert.Matches(PercentilesLine("answer"), printed);
        Assert.Single(Directory.GetFiles(data.Path, "bench-corpus-12-*.jsonl"), f => File.ReadAllLines(f).Length == 12);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(data.Path, "bench-12.report.json")));
        var figures = report.RootElement.GetProperty("report");
        Assert.False(figures.GetProperty("ColdStartReindexed").GetBoolean());
        Assert.Equal(4, figures.GetProperty("Answer").GetProperty("Samples").GetInt32());
        Assert.True(figures.GetProperty("IndexBytes").GetInt64() > 0);
    }

    [Fact]
    public async Task Bench_WithChanges_EveryChangedArticleBecomesAnswerableAndTheStreamIsReported()
    {
        using var inputs = new TempDirectory();
        using var data = new TempDirectory();
        await File.WriteAllLinesAsync(inputs.Combine("articles.jsonl"), Articles);
        await File.WriteAllLinesAsync(inputs.Combine("questions.jsonl"), Questions);
        using var output = new StringWriter();

        var exitCode = await NewsBotCommands.InvokeAsync(
            ["bench", "--corpus", inputs.Combine("articles.jsonl"), "--questions", inputs.Combine("questions.jsonl"), "--articles", "6", "--rounds", "2", "--changes", "3", "--data", data.Path, "--Embedding:Enabled=false"],
            output,
            TextWriter.Null);

        var printed = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Matches(@"changes +\d+ articles changed one by one beside the questions: changed → answerable p50 \d+ ms  p95 \d+ ms", printed);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(data.Path, "bench-6.report.json")));
        var stream = report.RootElement.GetProperty("report").GetProperty("ChangeStream");
        Assert.InRange(stream.GetProperty("Changes").GetInt32(), 3, int.MaxValue);
        Assert.Equal(stream.GetProperty("Changes").GetInt32(), stream.GetProperty("ChangeToAnswerable").GetProperty("Samples").GetInt32());
        Assert.Equal(4, stream.GetProperty("AnswerWithChanges").GetProperty("Samples").GetInt32());
        Assert.True(stream.GetProperty("ChangingPeakMiB").GetDouble() > 0);
    }

    [Theory]
    [InlineData("--changes", "0")]
    [InlineData("--articles", "0")]
    [InlineData("--articles", "many")]
    [InlineData("--rounds", "-1")]
    public async Task Bench_BadCount_ExitsWithTwo(string option, string value)
    {
        using var output = new StringWriter();
        string[] args = ["bench", "--corpus", "a.jsonl", "--questions", "q.jsonl", "--articles", "10", option, value];

        var exitCode = await NewsBotCommands.InvokeAsync(args, output, TextWriter.Null);

        Assert.Equal(2, exitCode);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task BenchCorpus_SameInputsAgain_ReusesTheFileAndAnotherSizeGetsItsOwn()
    {
        using var data = new TempDirectory();
        var corpus = data.Combine("articles.jsonl");
        await File.WriteAllLinesAsync(corpus, Articles);

        var first = await BenchCorpus.EnsureAsync([corpus], 5, data.Path);
        var again = await BenchCorpus.EnsureAsync([corpus], 5, data.Path);
        var other = await BenchCorpus.EnsureAsync([corpus], 6, data.Path);

        Assert.True(first.Generated);
        Assert.Equal((first.Path, false), again);
        Assert.True(other.Generated);
        Assert.NotEqual(first.Path, other.Path);
        Assert.Equal(5, File.ReadAllLines(first.Path).Length);
    }

    private static Regex PercentilesLine(string what) => new($@"\n  {what} +p50 \d+\.\d ms  p95 \d+\.\d ms  p99 \d+\.\d ms");
}
