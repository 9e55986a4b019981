using NewsBot.Hosting;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

public sealed class ContentRootTests
{
    [Fact]
    public void Locate_FromASubfolderOfTheRepository_FindsTheRootWithAppSettings()
    {
        var root = ContentRoot.Locate([], Path.Combine(TestPaths.RepositoryRoot, "src", "NewsBot", "Hosting"));

        Assert.Equal(TestPaths.RepositoryRoot.TrimEnd(Path.DirectorySeparatorChar), root);
    }

    [Fact]
    public void Locate_ExplicitContentRootArgument_LeavesItToTheHost()
    {
        Assert.Null(ContentRoot.Locate(["--contentRoot=/srv/newsbot"], TestPaths.RepositoryRoot));
    }

    [Fact]
    public void Locate_NoSettingsAbove_FallsBackToTheApplicationFolder()
    {
        using var elsewhere = new TempDirectory();

        Assert.Equal(AppContext.BaseDirectory, ContentRoot.Locate([], elsewhere.Path));
    }
}
