using System.Text.Json;
using NewsBot.Evaluation;
using NewsBot.Hosting;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Evaluation;

/// <summary>Question sets that name their gold by position in the articles instead of quoting it.</summary>
public sealed class EvaluationSetTests
{
    private const string Text = "Talks in Geneva\n\nRussian and US diplomats held talks in Geneva on Monday. The talks lasted eight hours. Both sides agreed to meet again.";

    private static readonly string Lasted = "The talks lasted eight hours.";

    [Fact]
    public void Read_SpanWithItsCheck_GivesTheStretch()
    {
        var start = Text.IndexOf(Lasted, StringComparison.Ordinal);
        var span = new ArticleSpan("talks", start, start + Lasted.Length, ArticleSpan.CheckOf(Lasted));

        Assert.Equal((Lasted, null), span.Read(Text));
    }

    [Fact]
    public void Read_TextChangedUnderTheSpan_SaysSoInsteadOfGivingOtherText()
    {
        var start = Text.IndexOf(Lasted, StringComparison.Ordinal);
        var span = new ArticleSpan("talks", start, start + Lasted.Length, ArticleSpan.CheckOf(Lasted));

        var (text, error) = span.Read(Text.Replace("eight", "nine", StringComparison.Ordinal));

        Assert.Null(text);
        Assert.Contains("not the text the set was written against", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10, 10)]
    [InlineData(100, 400)]
    public void Read_RangeOutsideTheArticle_SaysSo(int start, int end)
    {
        var (text, error) = new ArticleSpan("talks", start, end).Read(Text);

        Assert.Null(text);
        Assert.Contains("outside talks", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithSpansRead_SpansFromTheFile_BecomeGoldSentencesAndAnswers()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("questions.jsonl");
        var start = Text.IndexOf(Lasted, StringComparison.Ordinal);
        var eight = Text.IndexOf("eight hours", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(path, [Line("q1", ("talks", start, start + Lasted.Length, ArticleSpan.CheckOf(Lasted)), ("talks", eight, eight + 11, null))]);

        var questions = EvaluationSet.WithSpansRead(await EvaluationSet.ReadAsync(path).ToListAsync(), id => id == "talks" ? Text : null);

        Assert.Equal([Lasted], questions[0].GoldSentences);
        Assert.Equal(["eight hours"], questions[0].Answers);
        Assert.True(GoldMatcher.Supports(Lasted, questions[0]));
    }

    [Fact]
    public async Task WithSpansRead_ArticleNotInTheCorpus_FailsNamingTheQuestion()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("questions.jsonl");
        await File.WriteAllLinesAsync(path, [Line("q9", ("elsewhere", 0, 5, null), ("elsewhere", 0, 5, null))]);
        var questions = await EvaluationSet.ReadAsync(path).ToListAsync();

        var error = Assert.Throws<InvalidDataException>(() => EvaluationSet.WithSpansRead(questions, id => id == "talks" ? Text : null));

        Assert.Equal("question q9: the corpus has no article elsewhere", error.Message);
    }

    [Fact]
    public async Task Eval_SetWithSpans_JudgesSentencesByTheTextTheSpansName()
    {
        using var folder = new TempDirectory();
        var start = Text.IndexOf(Lasted, StringComparison.Ordinal);
        var eight = Text.IndexOf("eight hours", StringComparison.Ordinal);

        var (exitCode, _) = await EvalAsync(folder, Text, Line("q1", ("talks", start, start + Lasted.Length, ArticleSpan.CheckOf(Lasted)), ("talks", eight, eight + 11, null)));

        Assert.Equal(0, exitCode);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(folder.Combine("report.json")));
        Assert.Equal(1.0, report.RootElement.GetProperty("report").GetProperty("SupportAt1").GetDouble());
    }

    [Fact]
    public async Task Eval_SpanOverChangedText_FailsInOneLineNamingTheQuestion()
    {
        using var folder = new TempDirectory();
        var start = Text.IndexOf(Lasted, StringComparison.Ordinal);

        var (exitCode, error) = await EvalAsync(folder, Text.Replace("eight", "nine", StringComparison.Ordinal), Line("q4", ("talks", start, start + Lasted.Length, ArticleSpan.CheckOf(Lasted)), ("talks", start, start + 5, null)));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("question q4:", error, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>eval</c> over one article with <paramref name="text"/> and one question line; the report goes to report.json.</summary>
    private static async Task<(int ExitCode, string Error)> EvalAsync(TempDirectory folder, string text, string question)
    {
        var corpus = folder.Combine("articles.jsonl");
        var questions = folder.Combine("questions.jsonl");
        await File.WriteAllLinesAsync(corpus, [JsonSerializer.Serialize(new { id = "talks", title = "Talks in Geneva", date = "2022-01-10", source = "test", text })]);
        await File.WriteAllLinesAsync(questions, [question]);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await NewsBotCommands.InvokeAsync(
            ["eval", "--corpus", corpus, "--questions", questions, "--data", folder.Combine("data"), "--output", folder.Combine("report.json"), "--Embedding:Enabled=false", $"--contentRoot={TestPaths.RepositoryRoot}"],
            output,
            error);
        return (exitCode, error.ToString());
    }

    private static string Line(string id, (string Article, int Start, int End, string? Check) gold, (string Article, int Start, int End, string? Check) answer) =>
        JsonSerializer.Serialize(new
        {
            id,
            question = "How long did the talks in Geneva last?",
            gold_spans = new[] { Span(gold) },
            answer_spans = new[] { Span(answer) },
        });

    private static Dictionary<string, object?> Span((string Article, int Start, int End, string? Check) s) =>
        new() { ["article_id"] = s.Article, ["start"] = s.Start, ["end"] = s.End, ["check"] = s.Check };
}
