using Microsoft.Extensions.Options;
using NewsBot.Answering;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Answering;

/// <summary>A question that asks two things held by two articles is answered part by part, each part cited.</summary>
public sealed class PartAnswersTests : IDisposable
{
    private const string Opening = """
        Harbour bridge opens to traffic in Portvale

        The new Harbour bridge in Portvale opened to traffic on Monday after four years of work. The Harbour bridge is 2.4 kilometres long and carries six lanes.

        Drivers queued for an hour to cross the Harbour bridge on its first morning.
        """;

    private const string Builder = """
        Steel firm's order book fills after Harbour bridge

        Northgate Steel, the company that built the crossing, said it had hired 300 welders since January. Its chief executive said the firm would bid for the next river crossing.
        """;

    private const string Tolls = """
        Portvale council debates Harbour bridge tolls

        Councillors argued for three hours over Harbour bridge tolls for lorries on the Harbour bridge approach roads.
        """;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<Answer> AskAsync(string question)
    {
        await File.WriteAllTextAsync(_folder.Combine("opening.txt"), Opening);
        await File.WriteAllTextAsync(_folder.Combine("builder.txt"), Builder);
        await File.WriteAllTextAsync(_folder.Combine("tolls.txt"), Tolls);
        using var coverage = await TestCoverage.LoadAsync(_folder.Path);
        var plugin = new CoveragePlugin(coverage.Library, Options.Create(new AnsweringOptions()));
        return await plugin.AnswerQuestionAsync(question);
    }

    [Fact]
    public async Task Answer_TwoAsksHeldByTwoArticles_CitesEachPartsSentence()
    {
        var answer = await AskAsync("How long is the Harbour bridge, and which company built it?");

        Assert.True(answer.IsAnswered);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("2.4 kilometres", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Quote.StartsWith("Northgate Steel", StringComparison.Ordinal));
        Assert.DoesNotContain("doesn't say", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_APartTheCoverageLacks_IsNamedAndTheOtherPartStillCited()
    {
        var answer = await AskAsync("How long is the Harbour bridge, and who designed its lighting?");

        Assert.True(answer.IsAnswered);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("2.4 kilometres", StringComparison.Ordinal));
        Assert.True(answer.Text.Contains("The coverage doesn't say: who designed its lighting (Harbour)?", StringComparison.Ordinal), answer.Text);
    }
}
