using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Ingestion;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Ingestion;

/// <summary>Only files inside a configured folder are read: links out of it, subfolders and loops are skipped and said so.</summary>
public sealed class FolderContainmentTests
{
    private const string Secret = "Ceasefire talks stalled\n\nKYIV, March 3, 2022 — The password of the vault is swordfish, officials said.";

    [Fact]
    public async Task ReadAsync_LinkToAFileOutsideTheFolder_IsSkippedAndNeverRead()
    {
        using var outside = new TempDirectory();
        using var folder = new TempDirectory();
        File.WriteAllText(outside.Combine("secret.txt"), Secret);
        File.Copy(TestPaths.SeedArticle, folder.Combine("a.txt"));
        File.CreateSymbolicLink(folder.Combine("passwd.txt"), outside.Combine("secret.txt"));
        File.CreateSymbolicLink(folder.Combine("relative.txt"), Path.Combine("..", Path.GetFileName(outside.Path), "secret.txt"));

        var results = await ArticleFolderReader.ReadAsync(folder.Path).ToListAsync();

        Assert.Equal(["a.txt"], results.Where(r => r.Succeeded).Select(r => Path.GetFileName(r.Origin)));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains("outside the folder", r.Error, StringComparison.Ordinal));
        Assert.Equal(2, results.Count(r => !r.Succeeded));
        Assert.DoesNotContain(results.Where(r => r.Succeeded).SelectMany(r => r.Article!.Sentences), s => s.Text.Contains("swordfish", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_LinkThroughALinkedFolderAndDotDot_IsJudgedByWhereItReallyLeads()
    {
        using var outside = new TempDirectory();
        using var folder = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(outside.Path, "deep"));
        File.WriteAllText(outside.Combine("secret.txt"), Secret);
        Directory.CreateSymbolicLink(folder.Combine(".hop"), Path.Combine(outside.Path, "deep"));

        // Read lexically, ".hop/../secret.txt" is inside the folder; the kernel follows .hop first and lands outside.
        File.CreateSymbolicLink(folder.Combine("sneaky.txt"), Path.Combine(".hop", "..", "secret.txt"));

        var result = Assert.Single(await ArticleFolderReader.ReadAsync(folder.Path).ToListAsync());

        Assert.False(result.Succeeded);
        Assert.Contains("outside the folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LinkToAFileInsideTheFolder_IsRead()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Combine(".store"));
        File.Copy(TestPaths.SeedArticle, Path.Combine(folder.Path, ".store", "a.txt"));
        File.CreateSymbolicLink(folder.Combine("a.txt"), Path.Combine(".store", "a.txt"));

        var result = Assert.Single(await ArticleFolderReader.ReadAsync(folder.Path).ToListAsync());

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(folder.Combine("a.txt"), result.Origin);
    }

    [Fact]
    public async Task ReadAsync_SubfolderLoopAndBrokenLink_AreReportedNotRead()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Combine("nested"));
        File.Copy(TestPaths.SeedArticle, Path.Combine(folder.Path, "nested", "a.txt"));
        File.CreateSymbolicLink(folder.Combine("loop-a.txt"), folder.Combine("loop-b.txt"));
        File.CreateSymbolicLink(folder.Combine("loop-b.txt"), folder.Combine("loop-a.txt"));
        File.CreateSymbolicLink(folder.Combine("gone.txt"), folder.Combine("missing.txt"));

        var results = (await ArticleFolderReader.ReadAsync(folder.Path).ToListAsync()).ToDictionary(r => Path.GetFileName(r.Origin), r => r.Error);

        Assert.Equal(4, results.Count);
        Assert.Contains("subfolder", results["nested"], StringComparison.Ordinal);
        Assert.Contains("does not exist or loops", results["loop-a.txt"], StringComparison.Ordinal);
        Assert.Contains("does not exist or loops", results["gone.txt"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NamedPipeInTheFolder_IsSkippedWithoutBlocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, folder.Combine("a.txt"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", folder.Combine("pipe.txt")))
        {
            await mkfifo.WaitForExitAsync();
        }

        // Opening a FIFO for reading blocks until a writer comes; the reader must not open it at all.
        var results = await ArticleFolderReader.ReadAsync(folder.Path).ToListAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(results.Single(r => r.Origin.EndsWith("a.txt", StringComparison.Ordinal)).Succeeded);
        Assert.Contains("not a regular file", results.Single(r => r.Origin.EndsWith("pipe.txt", StringComparison.Ordinal)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RealPath_LinkLoop_IsNull()
    {
        using var folder = new TempDirectory();
        File.CreateSymbolicLink(folder.Combine("a"), folder.Combine("b"));
        File.CreateSymbolicLink(folder.Combine("b"), folder.Combine("a"));

        Assert.Null(RealPath.Of(folder.Combine("a")));
    }

    [Fact]
    public async Task IngestAsync_Reload_LogsOnlyTheSkipsThatChanged()
    {
        using var folder = new TempDirectory();
        using var data = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, folder.Combine("a.txt"));
        File.WriteAllBytes(folder.Combine("binary.txt"), [1, 0, 2]);
        using var logs = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        using var library = EmbeddedLibrary.Create(
            Options.Create(new CoverageOptions { Folders = [folder.Path], DataDirectory = data.Path }),
            factory.CreateLogger<CoverageLibrary>());

        await library.IngestAsync();
        var afterFirst = Skips(logs);
        await library.IngestAsync();
        var afterSecond = Skips(logs);
        File.WriteAllBytes(folder.Combine("empty.txt"), []);
        await library.IngestAsync();
        var afterThird = Skips(logs);

        Assert.Equal(["binary.txt"], afterFirst);
        Assert.Equal(afterFirst, afterSecond);
        Assert.Equal(["binary.txt", "empty.txt"], afterThird);
    }

    private static List<string> Skips(ListLoggerProvider logs) =>
        logs.Entries.Where(e => e.EventId == 1).Select(e => Path.GetFileName(e.Message["Skipped ".Length..e.Message.IndexOf(':', StringComparison.Ordinal)])).ToList();
}
