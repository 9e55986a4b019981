using NewsBot.Hosting;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingest_FolderChangedBetweenRuns_PrintsAddedUpdatedRemovedAndSkipped()
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        await File.WriteAllTextAsync(seeds.Combine("b.txt"), "Ceasefire holds\n\nKYIV, March 3, 2022 — The ceasefire held overnight.");
        await File.WriteAllTextAsync(seeds.Combine("c.txt"), "Port reopens\n\nODESA, March 4, 2022 — The port reopened.");
        string[] args = ["ingest", "--folder", seeds.Path, "--data", data.Path, "--Embedding:Enabled=false"];
        var first = await RunAsync(args);

        await File.WriteAllTextAsync(seeds.Combine("b.txt"), "Ceasefire holds\n\nKYIV, March 3, 2022 — The ceasefire held for a second night.");
        File.Delete(seeds.Combine("c.txt"));
        await File.WriteAllTextAsync(seeds.Combine("d.txt"), "Schools reopen\n\nKYIV, March 5, 2022 — Schools reopened.");
        await File.WriteAllTextAsync(seeds.Combine("empty.txt"), string.Empty);
        var second = await RunAsync(args);
        var third = await RunAsync(args);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("added 3, updated 0, removed 0, unchanged 0, skipped 0", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("added 1, updated 1, removed 1, unchanged 1, skipped 1", second.Output, StringComparison.Ordinal);
        Assert.Contains("  added d", second.Output, StringComparison.Ordinal);
        Assert.Contains("  updated b", second.Output, StringComparison.Ordinal);
        Assert.Contains("  removed c", second.Output, StringComparison.Ordinal);
        Assert.Contains($"  skipped {seeds.Combine("empty.txt")}: ", second.Output, StringComparison.Ordinal);
        Assert.Contains("unchanged, reused", third.Output, StringComparison.Ordinal);
        Assert.Contains("added 0, updated 0, removed 0, unchanged 3, skipped 1", third.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SameStoryInTwoFiles_ReportsTheMergedDuplicate()
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        File.Copy(TestPaths.SeedArticle, seeds.Combine("copy-of-a.txt"));

        var result = await RunAsync(["ingest", "--folder", seeds.Path, "--data", data.Path, "--Embedding:Enabled=false"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("added 1, updated 0, removed 0, unchanged 0, skipped 0, merged duplicates 1", result.Output, StringComparison.Ordinal);
        Assert.Contains($"  merged {seeds.Combine("copy-of-a.txt")}: the same story as 'a'", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--folder")]
    [InlineData("--bogus")]
    [InlineData("stray")]
    public async Task Ingest_UsageError_ExitsWithTwo(string argument)
    {
        var result = await RunAsync(["ingest", argument]);

        Assert.Equal(2, result.ExitCode);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        var exitCode = await NewsBotCommands.InvokeAsync(args, output, TextWriter.Null);
        return (exitCode, output.ToString());
    }
}
