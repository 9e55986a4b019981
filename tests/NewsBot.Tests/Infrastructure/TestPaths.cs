namespace NewsBot.Tests.Infrastructure;

/// <summary>Locations the tests read: the repository and its seeds.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string SeedArticle => Path.Combine(Seeds, "000_7868747c03e97426.txt");

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the NewsBot repository.");
    }
}
