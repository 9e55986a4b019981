using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace NewsBot.Tests.Infrastructure;

/// <summary>The real app in memory, serving the repository's seeds, with its index in a temp directory.</summary>
public sealed class NewsBotFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();

    /// <summary>Extra configuration, applied over appsettings.json.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Coverage:Folders:0"] = TestPaths.Seeds,
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
        }
    }
}
