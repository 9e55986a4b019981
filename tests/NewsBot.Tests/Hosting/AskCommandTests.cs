using NewsBot.Hosting;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

public sealed class AskCommandTests
{
    [Fact]
    public async Task Ask_SeedQuestion_PrintsTheAnswerAndEachCitationWithItsLocation()
    {
        using var data = new TempDirectory();
        using var output = new StringWriter();

        var exitCode = await NewsBotCommands.InvokeAsync(
            ["ask", "what did Russia propose on December 17?", $"--contentRoot={TestPaths.RepositoryRoot}", $"--Coverage:DataDirectory={data.Path}"],
            output,
            TextWriter.Null);

        var printed = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.StartsWith("On December 17, 2021, the Russian Foreign Ministry released", printed, StringComparison.Ordinal);
        Assert.Contains("[2] “The proposed measures include guarantees that NATO will not advance eastward, including by accepting Ukraine as a member.”", printed, StringComparison.Ordinal);
        Assert.Contains("NATO chief says it’s too early to say tensions around Ukraine declined — TASS, 17 January 2022", printed, StringComparison.Ordinal);
        Assert.Contains("000_7868747c03e97426, sentence 12, characters", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithoutQuestion_ReturnsUsageError()
    {
        using var output = new StringWriter();

        var exitCode = await NewsBotCommands.InvokeAsync(["ask"], output, TextWriter.Null);

        Assert.Equal(2, exitCode);
        Assert.Empty(output.ToString());
    }
}
