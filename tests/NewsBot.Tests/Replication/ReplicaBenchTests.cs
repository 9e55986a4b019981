using NewsBot.Hosting;
using NewsBot.Tests.Hosting;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Replication;

/// <summary><c>bench-replica</c> end to end on a tiny corpus against a real PostgreSQL (the figures themselves are for the docs).</summary>
public sealed class ReplicaBenchTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly string[] Questions =
    [
        """{"id": "q1", "question": "When did the port of Odesa reopen?", "answers": ["Friday"], "is_impossible": false}""",
    ];

    [SkippableFact]
    public async Task BenchReplica_TinyCorpus_BootstrapsCatchesUpAndTimesBothStoresWithoutEmbeddingOnTheReplica()
    {
        using var inputs = new TempDirectory();
        using var data = new TempDirectory();
        await File.WriteAllLinesAsync(inputs.Combine("articles.jsonl"), BenchCommandTests.Articles);
        await File.WriteAllLinesAsync(inputs.Combine("questions.jsonl"), Questions);
        using var output = new StringWriter();

        var exitCode = await NewsBotCommands.InvokeAsync(
            ["bench-replica", "--corpus", inputs.Combine("articles.jsonl"), "--questions", inputs.Combine("questions.jsonl"), "--articles", "12", "--changes", "5", "--rounds", "1", "--data", data.Path, "--Embedding:Enabled=false", $"--ConnectionStrings:NewsBot={database.ConnectionString}"],
            output,
            TextWriter.Null);

        var printed = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("writer      12 articles in", printed, StringComparison.Ordinal);
        Assert.Contains("bootstrap   12 articles, 37 sentences (keyword) serving after", printed, StringComparison.Ordinal);
        Assert.Contains("changes     5 articles rewritten", printed, StringComparison.Ordinal);
        Assert.Contains("catch-up    5 changes applied", printed, StringComparison.Ordinal);
        Assert.Contains("to generation 17; sentences embedded by the model: 0", printed, StringComparison.Ordinal);
        Assert.Contains("same outcome (answered, cites gold, citations) on both: 1 of 1", printed, StringComparison.Ordinal);
    }
}
