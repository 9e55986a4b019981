using NewsBot.Answering;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Answering;

/// <summary>Every citation of every answer must quote, character for character, the file at its cited range.</summary>
public sealed class CitationIntegrityTests
{
    public static TheoryData<string> Questions()
    {
        var questions = new TheoryData<string>
        {
            "what did Russia propose on December 17?",
            "What did Stoltenberg say about tensions?",
            "Did Russia answer NATO's proposals?",
            "Where were the US talks held?",
            "What did Peskov say?",
            "When did the Russia-NATO Council meet?",
            "Which weapons would be restricted?",
            "Is it too early to say tensions declined?",
            "What happened in Vienna on January 13?",
            "Will NATO accept Ukraine as a member?",
        };

        // Plus a question made from every sentence's own opening words.
        foreach (var sentence in Seeds.Article.Sentences)
        {
            questions.Add(string.Join(' ', sentence.Text.Split(' ').Take(7)) + "?");
        }

        return questions;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Answer_AnyQuestion_EveryCitationQuotesTheFileAtItsRange(string question)
    {
        using var coverage = await TestCoverage.LoadAsync(TestPaths.Seeds);
        var plugin = new CoveragePlugin(coverage.Library, Microsoft.Extensions.Options.Options.Create(new AnsweringOptions()));
        var fileText = await File.ReadAllTextAsync(TestPaths.SeedArticle);

        var answer = await plugin.AnswerQuestionAsync(question);

        Assert.All(answer.Citations, c =>
        {
            Assert.Equal("000_7868747c03e97426", c.ArticleId);
            Assert.Equal(c.Quote, fileText[c.Start..c.End]);
            Assert.Equal(c.Quote, Seeds.Article.Sentences[c.SentenceOrdinal].Text);
            Assert.Contains($"[{c.Number}]", answer.Text, StringComparison.Ordinal);
        });
        // An answer cites; a reply that declines cites at most the one related sentence it offers instead.
        Assert.True(answer.IsAnswered ? answer.Citations.Count > 0 : answer.Citations.Count <= 1, $"answered {answer.IsAnswered}, {answer.Citations.Count} citations");
    }
}
