using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Infrastructure;

/// <summary>A real <see cref="CoverageLibrary"/> over given folders, with its index in a temp directory.</summary>
internal sealed class TestCoverage : IDisposable
{
    private readonly TempDirectory _data = new();

    public TestCoverage(params string[] folders)
    {
        Library = new CoverageLibrary(
            Options.Create(new CoverageOptions { Folders = folders.ToList(), DataDirectory = _data.Path }),
            NullLogger<CoverageLibrary>.Instance);
    }

    public CoverageLibrary Library { get; }

    public string DataDirectory => _data.Path;

    public static async Task<TestCoverage> LoadAsync(params string[] folders)
    {
        var coverage = new TestCoverage(folders);
        await coverage.Library.LoadAsync();
        return coverage;
    }

    public void Dispose()
    {
        Library.Dispose();
        _data.Dispose();
    }
}
