/// <summary>Where things are: the repository root (the folder holding NewsBot.sln), the seeds, a scratch folder.</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = Find(AppContext.BaseDirectory);

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string Scratch(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "newsbot-faults", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string Find(string from)
    {
        for (var directory = new DirectoryInfo(from); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("NewsBot.sln not found above " + from);
    }
}
