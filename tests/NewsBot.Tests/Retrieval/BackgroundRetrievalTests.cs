using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>What a question only refers back to weighs less than what it asks.</summary>
public sealed class BackgroundRetrievalTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<TestCoverage> LoadAsync()
    {
        await File.WriteAllTextAsync(_folder.Combine("tolls.txt"), "Councillors meet\n\nThe Kessock crossing tolls were debated again at the Kessock crossing.\n");
        await File.WriteAllTextAsync(_folder.Combine("builder.txt"), "Kessock crossing finished\n\nNorthgate Steel, the company that built it, has hired 300 welders.\n");
        await File.WriteAllTextAsync(_folder.Combine("depot.txt"), "Leith depot\n\nA haulage company built a new depot in Leith. The company said it built the depot in a year.\n");
        await File.WriteAllTextAsync(_folder.Combine("houses.txt"), "Homes\n\nA local company built 40 houses on the old mill site.\n");
        return await TestCoverage.LoadAsync(_folder.Path);
    }

    [Fact]
    public async Task Retrieve_WithBackground_RanksTheSentenceThatAnswersTheAskAboveOneThatOnlyRepeatsTheSubject()
    {
        using var coverage = await LoadAsync();
        var index = coverage.Library.Current!;

        var asked = await index.RetrieveAsync("which company built it?", "Kessock crossing", 5);
        var written = await index.RetrieveAsync("which company built it (Kessock crossing)?", 5);

        Assert.True(Rank(asked, "Northgate Steel") < Rank(asked, "The Kessock crossing tolls"));
        Assert.True(Rank(asked, "Northgate Steel") < Rank(asked, "Kessock crossing finished"));
        Assert.True(Rank(written, "Northgate Steel") > Rank(written, "The Kessock crossing tolls"));
    }

    private static int Rank(IReadOnlyList<NewsBot.Retrieval.Passage> passages, string opening) =>
        passages.ToList().FindIndex(p => p.Sentence.Text.StartsWith(opening, StringComparison.Ordinal)) is var i and >= 0 ? i : int.MaxValue;

    [Fact]
    public async Task Retrieve_BackgroundInTheHeadline_CountsTowardsCoverage()
    {
        using var coverage = await LoadAsync();
        var index = coverage.Library.Current!;

        var passages = await index.RetrieveAsync("which company built it?", "Kessock crossing", 5);

        var builder = passages.Single(p => p.Sentence.Text.StartsWith("Northgate Steel", StringComparison.Ordinal));
        var depot = passages.Single(p => p.Sentence.Text.StartsWith("A haulage company", StringComparison.Ordinal));
        Assert.Equal(1, builder.Coverage, 3);
        Assert.True(depot.Coverage < 0.8, $"coverage {depot.Coverage}");
    }
}
