using Microsoft.Extensions.Options;
using NewsBot.Answering;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Answering;

/// <summary>A question typed all in lower case gets the capitals its names have in the coverage, and is answered as its cased form is.</summary>
public sealed class TruecaserTests : IDisposable
{
    private static readonly string[] Coverage =
    [
        "Officials said Brannock had resigned from the harbour board.",
        "The treasurer, Ellis Brannock, denied it, and the NHRB said Brannock's letter was late.",
        "Zorbing is popular, and the zorbing season opens in May.",
        "Keswick said nothing.",
        "She studied at the Portvale University of Music, and the university said Brannock taught there.",
        "The choir of Portvale University sang.",
        "“Zorbing is back,” she said.",
    ];

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IEnumerable<string> Holding(string word) =>
        Coverage.Where(s => s.Contains(word, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("why did brannock resign?", "why did Brannock resign?")]
    [InlineData("what was in brannock's letter?", "what was in Brannock's letter?")]
    [InlineData("what did the nhrb say about the letter?", "what did the NHRB say about the letter?")]
    [InlineData("when does the zorbing season open?", "when does the zorbing season open?")]
    [InlineData("what did the govt say about brannock?", "what did the govt say about Brannock?")]
    [InlineData("what did keswick say?", "what did keswick say?")]
    [InlineData("which university did brannock teach at?", "which university did Brannock teach at?")]
    [InlineData("how many ships has downing st sent?", "how many ships has Downing St sent?")]
    [InlineData("what did the bloc and the united states of america agree?", "what did the bloc and the United States of America agree?")]
    [InlineData("what did “brannock” say?", "what did “Brannock” say?")]
    [InlineData("what share of brits back the levy?", "what share of Brits back the levy?")]
    [InlineData("Why did Brannock quit the zorbing club?", "Why did Brannock quit the zorbing club?")]
    [InlineData("why did the nhrb fine Brannock?", "why did the nhrb fine Brannock?")]
    public void Restore_CapitalisesWhatTheCoverageWritesAsAName(string question, string expected)
    {
        Assert.Equal(expected, Truecaser.Restore(question, Holding));
    }

    [Fact]
    public async Task Answer_ALowerCaseQuestionAboutAnotherPersonIsDeclinedAsItsCasedFormIs()
    {
        await File.WriteAllTextAsync(_folder.Combine("board.txt"), """
            Harbour board row in Portvale

            Marta Quill resigned from the Portvale harbour board on Monday because the accounts were six months late.

            Ellis Brannock, the board's chairman, said he would stay on until the audit was done.
            """);
        using var coverage = await TestCoverage.LoadAsync(_folder.Path);
        var plugin = new CoveragePlugin(coverage.Library, Options.Create(new AnsweringOptions()));
        using (var lease = coverage.Library.Acquire())
        {
            Assert.Equal("why did Brannock resign from the harbour board?", Truecaser.Restore("why did brannock resign from the harbour board?", lease.Index!));
        }

        var cased = await plugin.AnswerQuestionAsync("Why did Brannock resign from the harbour board?");
        var lower = await plugin.AnswerQuestionAsync("why did brannock resign from the harbour board?");

        Assert.False(cased.IsAnswered, cased.Text);
        Assert.False(lower.IsAnswered, lower.Text);
    }

    [Fact]
    public async Task Answer_ALowerCaseTopicTypedBeforeTheQuestionMustBeTheAnsweringArticles()
    {
        await File.WriteAllTextAsync(_folder.Combine("portvale.txt"), """
            Portvale ferry has its busiest year

            The ferry carried 12,000 passengers last year, the operator said.
            """);
        await File.WriteAllTextAsync(_folder.Combine("keswick.txt"), """
            Keswick council meets

            The council in Keswick met on Monday to discuss parking on the quay.
            """);
        using var coverage = await TestCoverage.LoadAsync(_folder.Path);
        var plugin = new CoveragePlugin(coverage.Library, Options.Create(new AnsweringOptions()));

        var portvale = await plugin.AnswerQuestionAsync("portvale ferry - how many passengers did it carry last year?");
        var keswick = await plugin.AnswerQuestionAsync("keswick ferry - how many passengers did it carry last year?");

        Assert.True(portvale.IsAnswered, portvale.Text);
        Assert.Contains("12,000 passengers", portvale.Citations[0].Quote, StringComparison.Ordinal);
        Assert.False(keswick.IsAnswered, keswick.Text);
    }
}
