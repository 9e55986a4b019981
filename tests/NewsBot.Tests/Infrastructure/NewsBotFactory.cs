using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace NewsBot.Tests.Infrastructure;

/// <summary>
/// The real app in memory, serving a copy of the repository's seed article, with its index in a temp directory. A copy,
/// so that articles a newsroom adds to <c>seeds/</c> do not change what the tests count.
/// </summary>
public sealed class NewsBotFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _seeds = CopyOfTheSeedArticle();

    /// <summary>Extra configuration, applied over appsettings.json.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Coverage:Folders:0"] = _seeds.Path,
            ["Coverage:DataDirectory"] = _data.Path,
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
            _seeds.Dispose();
        }
    }

    private static TempDirectory CopyOfTheSeedArticle()
    {
        var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine(Path.GetFileName(TestPaths.SeedArticle)));
        return seeds;
    }
}
