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
    private const string Reservoir = """
        Swimmers return to Ferncliff reservoir

        Swimmers were allowed back into Ferncliff reservoir on Saturday. Ferncliff reservoir had been closed for two summers. The council said Ferncliff reservoir was clean again. Ferncliff reservoir sits high above the town. Anglers have fished Ferncliff reservoir for decades.

        Ferncliff reservoir, a basin of 2 kilometres by 900 metres, supplies most of the valley's water.
        """;

    private const string Dam = """
        A dam that outlived its makers

        The dam holding back Ferncliff reservoir was built by Harland Civil Works in 1931.
        """;

    private const string Sale = """
        Ashgrove bakery changes hands

        Millstone Foods took over the Ashgrove bakery on Monday, keeping all 40 bakers, the family who ran it said.
        """;

    private const string Operator = """
        Millstone Foods opens a new shop

        Millstone Foods has shops in the towns of Kendal and Penrith. The company employs 900 staff.
        """;

    private const string Rival = """
        Hearth Bakers adds a shop

        Hearth Bakers, the company behind two new loaves last year, has shops in the towns of Hexham and Alnwick.
        """;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<Answer> AskAsync(string question)
    {
        await File.WriteAllTextAsync(_folder.Combine("reservoir.txt"), Reservoir);
        await File.WriteAllTextAsync(_folder.Combine("dam.txt"), Dam);
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
        var answer = await AskAsync("How big is Ferncliff reservoir, and who built its dam?");

        Assert.True(answer.IsAnswered);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("2 kilometres by 900 metres", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Harland Civil Works", StringComparison.Ordinal));
        Assert.DoesNotContain("doesn't say", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_ThatCompany_IsSearchedForWhoTheFirstPartFound()
    {
        var answer = await AskAsync("Which firm took over the Ashgrove bakery, and which towns does that company have shops in?");

        Assert.True(answer.IsAnswered, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Millstone Foods took over", StringComparison.Ordinal));
        Assert.True(answer.Citations.Any(c => c.Quote.Contains("Kendal and Penrith", StringComparison.Ordinal)), answer.Text);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("Hexham", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_OnlyOneHalfCovered_SaysWhichHalfIsMissing()
    {
        var answer = await AskAsync("How big is Ferncliff reservoir, and who painted the boathouse mural?");

        Assert.True(answer.IsAnswered);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("2 kilometres by 900 metres", StringComparison.Ordinal));
        Assert.True(answer.Text.Contains("The coverage doesn't say: who painted the boathouse mural (Ferncliff)?", StringComparison.Ordinal), answer.Text);
        Assert.DoesNotContain("doesn't say: How big", answer.Text, StringComparison.Ordinal);
    }
}
