using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>
/// Every way the attack run damaged an index on disk: the next load moves the damaged folder aside, rebuilds it from
/// the sources, and answers as before, instead of failing at every start.
/// </summary>
public sealed class IndexDamageTests
{
    public static TheoryData<string> Damages => new()
    {
        "truncate vector file",
        "garbage in the middle of the vector file",
        "truncate segment",
        "garbage in the middle of the segment",
        "garbage in segments_N",
        "delete .si",
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task LoadAsync_DamagedIndex_IsMovedAsideRebuiltAndAnswers(string damage)
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        string version;
        using (var first = Library(seeds.Path, data.Path))
        {
            version = (await first.LoadAsync()).Version;
        }

        Damage(Path.Combine(data.Path, EmbeddedCoverageStore.StoreFolder), damage);
        using var restarted = Library(seeds.Path, data.Path);
        var index = await restarted.LoadAsync();
        var passages = await index.RetrieveAsync("what did Russia propose on December 17?", 3);

        Assert.Equal(version, index.Version);
        Assert.True(index.IsHybrid);
        Assert.Contains(passages, p => p.Sentence.Text.StartsWith("On December 17, 2021, the Russian Foreign Ministry released", StringComparison.Ordinal));
        Assert.Single(Directory.GetDirectories(Path.Combine(data.Path, IndexVerifier.DamagedFolder)));
    }

    [Fact]
    public async Task LoadAsync_IntactIndex_IsReusedAndNothingIsMovedAside()
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        using (var first = Library(seeds.Path, data.Path))
        {
            await first.LoadAsync();
        }

        using var restarted = Library(seeds.Path, data.Path);
        var summary = await restarted.IngestAsync();

        Assert.False(summary.Rebuilt);
        Assert.False(Directory.Exists(Path.Combine(data.Path, IndexVerifier.DamagedFolder)));
    }

    internal static void Damage(string store, string damage)
    {
        var folder = Path.Combine(store, EmbeddedCoverageStore.LuceneFolder);
        var vectors = Directory.GetFiles(Path.Combine(store, EmbeddedCoverageStore.VectorsFolder), VectorIndex.FileName, SearchOption.AllDirectories).Single();
        var segment = Directory.GetFiles(folder, "_0.*").Where(f => !f.EndsWith(".si", StringComparison.Ordinal)).MaxBy(f => new FileInfo(f).Length)!;
        switch (damage)
        {
            case "truncate vector file": Truncate(vectors); break;
            case "garbage in the middle of the vector file": Scribble(vectors); break;
            case "truncate segment": Truncate(segment); break;
            case "garbage in the middle of the segment": Scribble(segment); break;
            case "garbage in segments_N": Scribble(Directory.GetFiles(folder, "segments_*").MaxBy(f => f.Length + f)!); break;
            case "delete .si": File.Delete(Directory.GetFiles(folder, "_0.si").Single()); break;
            default: throw new ArgumentOutOfRangeException(nameof(damage), damage, null);
        }
    }

    private static void Truncate(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(stream.Length / 2);
    }

    private static void Scribble(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.Position = stream.Length / 2;
        stream.Write("garbage garbage garbage"u8);
    }

    private static CoverageLibrary Library(string seeds, string data)
    {
        var options = Options.Create(new EmbeddingOptions());
        return EmbeddedLibrary.Create(
            Options.Create(new CoverageOptions { Folders = [seeds], DataDirectory = data }),
            NullLogger<CoverageLibrary>.Instance,
            Options.Create(new RetrievalOptions()),
            options,
            new SentenceEmbedder(new FakeEmbeddingGenerator(), options));
    }
}
