using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Infrastructure;

/// <summary>A real <see cref="CoverageLibrary"/> over given folders, with its index in a temp directory.</summary>
internal sealed class TestCoverage : IDisposable
{
    private readonly TempDirectory? _data;

    public TestCoverage(params string[] folders)
        : this(string.Empty, folders, ownsData: true)
    {
    }

    private TestCoverage(string dataDirectory, string[] folders, bool ownsData)
    {
        _data = ownsData ? new TempDirectory() : null;
        DataDirectory = _data?.Path ?? dataDirectory;
        Library = Create(DataDirectory, folders);
    }

    public CoverageLibrary Library { get; }

    public string DataDirectory { get; }

    /// <summary>Over a data directory the caller owns, as a restarted bot would find it.</summary>
    public static TestCoverage Over(string dataDirectory, string folder) => new(dataDirectory, [folder], ownsData: false);

    public static async Task<TestCoverage> LoadAsync(params string[] folders)
    {
        var coverage = new TestCoverage(folders);
        await coverage.Library.LoadAsync();
        return coverage;
    }

    public void Dispose()
    {
        Library.Dispose();
        _data?.Dispose();
    }

    private static CoverageLibrary Create(string dataDirectory, string[] folders) => EmbeddedLibrary.Create(
        Options.Create(new CoverageOptions { Folders = folders.ToList(), DataDirectory = dataDirectory }),
        NullLogger<CoverageLibrary>.Instance);
}
