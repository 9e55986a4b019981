using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Answering;
using NewsBot.Evaluation;
using NewsBot.Retrieval;
using NewsBot.Tests.Embeddings;
using NewsBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// <c>ingest</c> as a real process, killed while it embeds: the next run repairs the data folder by itself and the
/// coverage answers with citations that resolve.
/// </summary>
public sealed class IngestCrashTests(ArcticModelFixture model, ITestOutputHelper output) : IClassFixture<ArcticModelFixture>
{
    private const int Articles = 300;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Ingest_KilledWhileEmbedding_NextRunRepairsAndEveryCitationResolves()
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        for (var i = 0; i < Articles; i++)
        {
            await File.WriteAllTextAsync(seeds.Combine(string.Create(CultureInfo.InvariantCulture, $"port-{i:D3}.txt")), Article(i));
        }

        var manifest = Path.Combine(data.Path, "coverage", "manifest.json");
        string[] args = ["ingest", "--folder", seeds.Path, "--data", data.Path, "--Embedding:Enabled=true"];

        using (var crashed = Start(args))
        {
            var embedding = new TaskCompletionSource();
            crashed.ErrorDataReceived += (_, e) =>
            {
                if (e.Data?.Contains("vectors cached:", StringComparison.Ordinal) == true)
                {
                    embedding.TrySetResult();
                }
            };
            crashed.BeginErrorReadLine();
            await embedding.Task.WaitAsync(Patience);
            await Task.Delay(500);
            Assert.False(crashed.HasExited, "ingest finished before it could be killed; make the corpus bigger");
            crashed.Kill(entireProcessTree: true);
            await crashed.WaitForExitAsync();
        }

        var publishedBeforeRepair = File.Exists(manifest);
        var stopwatch = Stopwatch.StartNew();
        using (var repaired = Start(args))
        {
            var summary = repaired.StandardOutput.ReadToEndAsync();
            _ = repaired.StandardError.ReadToEndAsync();
            await repaired.WaitForExitAsync().WaitAsync(Patience);
            Assert.Equal(0, repaired.ExitCode);
            Assert.Contains($"added {Articles}, updated 0, removed 0", await summary, StringComparison.Ordinal);
        }

        output.WriteLine($"repairing run took {stopwatch.ElapsedMilliseconds} ms");
        Assert.False(publishedBeforeRepair);
        Assert.True(File.Exists(manifest));
        using var library = EmbeddedLibrary.Create(
            Options.Create(new CoverageOptions { Folders = [seeds.Path], DataDirectory = data.Path }),
            NullLogger<CoverageLibrary>.Instance,
            Options.Create(new RetrievalOptions()),
            model.Options,
            model.Embedder);
        var index = await library.LoadAsync();
        var plugin = new CoveragePlugin(library, Options.Create(new AnsweringOptions()));
        Assert.True(index.IsHybrid);
        Assert.Equal(Articles, index.Corpus.ArticleCount);
        foreach (var i in new[] { 0, 137, Articles - 1 })
        {
            var answer = await plugin.AnswerQuestionAsync(string.Create(CultureInfo.InvariantCulture, $"how many containers did the port of {Port(i)} handle?"));

            Assert.Contains(answer.Citations, c => c.Quote.Contains(Port(i), StringComparison.Ordinal));
            Assert.All(answer.Citations, c => Assert.True(Evaluator.Resolves(index.Corpus, c), c.Quote));
        }
    }

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsBot.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
        return Process.Start(start)!;
    }

    /// <summary>A made-up port name per article, so each article answers its own question.</summary>
    private static string Port(int i)
    {
        string[] syllables = ["ka", "lo", "mi", "ren", "tu", "vas", "zor", "bel", "dri", "quon"];
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(syllables[i % 10] + syllables[i / 10 % 10] + syllables[i / 100 % 10] + "ville");
    }

    private static string Article(int i)
    {
        var port = Port(i);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Port of {port} reports a record month\n\n")
            .Append(CultureInfo.InvariantCulture, $"{port.ToUpperInvariant()}, March {i % 28 + 1}, 2022 — The port of {port} handled {1000 + i} containers in February, its director said. ")
            .Append(CultureInfo.InvariantCulture, $"Cranes at {port} worked {i % 5 + 2} shifts a day. ")
            .Append(CultureInfo.InvariantCulture, $"Rail links to {port} reopened after {i % 9 + 1} weeks of repairs. ")
            .Append(CultureInfo.InvariantCulture, $"Officials in {port} expect {i % 7 + 3} new berths by the autumn.");
        return text.ToString();
    }
}
