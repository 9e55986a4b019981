namespace NewsBot.Hosting;

/// <summary>
/// Finds the folder NewsBot reads <c>appsettings.json</c> and resolves relative paths (<c>seeds/</c>, the data
/// directory) against. In order: an explicit <c>--contentRoot</c> argument or <c>ASPNETCORE_CONTENTROOT</c> /
/// <c>DOTNET_CONTENTROOT</c>; else the nearest folder at or above the working directory that holds
/// <c>appsettings.json</c> (the repository root when started with <c>dotnet run --project src/NewsBot</c>); else the
/// application's own folder (a published build carries <c>appsettings.json</c> and <c>seeds/</c> beside the binary).
/// </summary>
public static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    /// <summary>The content root to use, or null when one was given explicitly and the host should take it.</summary>
    public static string? Locate(IReadOnlyList<string> args, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(args);

        if (args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT")))
        {
            return null;
        }

        for (var folder = new DirectoryInfo(workingDirectory ?? Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SettingsFile)))
            {
                return folder.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
