using Microsoft.Extensions.Options;
using NewsBot.Answering;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Answering;

/// <summary>
/// Parts answered over a real index on disk: a size found below sentences that only name the subject, a later part
/// searched through the first part's answer, and a missing half named.
/// </summary>
public sealed class PartResolutionTests : IDisposable
{
    private const string Island = """
        Marines leave Gull Island after weeks of shelling

        Marines withdrew from Gull Island on Thursday. Gull Island has been fought over since the spring. Commanders said Gull Island would not be retaken. Gull Island lies off the southern coast. Fishing boats avoided Gull Island all summer.

        Gull Island, a rock of 300 metres by 400 metres, was the last post the marines held.
        """;

    private const string Drones = """
        Norway's aid pays off at sea

        Marines blamed Osprey drones supplied by Norway for their retreat from Gull Island.
        """;

    private const string Sale = """
        Portvale ferry line sold

        Bluewater Holdings bought the Harbour Ferry line on Monday for an undisclosed sum, its former owners said.
        """;

    private const string Operator = """
        Bluewater Holdings expands its fleet

        Bluewater Holdings sails from the ports of Dover and Calais. The company employs 900 staff.
        """;

    private const string Rival = """
        Northsea Lines adds a route

        Northsea Lines, the buyer of two ferries last year, sails from the ports of Hull and Rotterdam.
        """;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<Answer> AskAsync(string question)
    {
        await File.WriteAllTextAsync(_folder.Combine("island.txt"), Island);
        await File.WriteAllTextAsync(_folder.Combine("drones.txt"), Drones);
        await File.WriteAllTextAsync(_folder.Combine("sale.txt"), Sale);
        await File.WriteAllTextAsync(_folder.Combine("operator.txt"), Operator);
        await File.WriteAllTextAsync(_folder.Combine("rival.txt"), Rival);
        using var coverage = await TestCoverage.LoadAsync(_folder.Path);
        var plugin = new CoveragePlugin(coverage.Library, Options.Create(new AnsweringOptions()));
        return await plugin.AnswerQuestionAsync(question);
    }

    [Fact]
    public async Task Answer_ASizeBelowSentencesThatOnlyNameTheSubject_IsCitedWithTheOtherArticlesPart()
    {
        var answer = await AskAsync("How big is Gull Island, and which drones did the marines blame for their retreat?");

        Assert.True(answer.IsAnswered);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("300 metres by 400 metres", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Osprey drones", StringComparison.Ordinal));
        Assert.DoesNotContain("doesn't say", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_ThatBuyer_IsSearchedForWhoTheFirstPartFound()
    {
        var answer = await AskAsync("Who bought the Harbour Ferry line, and which ports does that buyer sail from?");

        Assert.True(answer.IsAnswered, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Bluewater Holdings bought", StringComparison.Ordinal));
        Assert.True(answer.Citations.Any(c => c.Quote.Contains("Dover and Calais", StringComparison.Ordinal)), answer.Text);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("Hull", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_OnlyOneHalfCovered_SaysWhichHalfIsMissing()
    {
        var answer = await AskAsync("How big is Gull Island, and who designed the lighthouse keepers' uniforms?");

        Assert.True(answer.IsAnswered);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("300 metres by 400 metres", StringComparison.Ordinal));
        Assert.True(answer.Text.Contains("The coverage doesn't say: who designed the lighthouse keepers' uniforms (Gull Island)?", StringComparison.Ordinal), answer.Text);
        Assert.DoesNotContain("doesn't say: How big", answer.Text, StringComparison.Ordinal);
    }
}
