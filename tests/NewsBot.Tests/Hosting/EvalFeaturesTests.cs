using System.Text.Json;
using NewsBot.Evaluation;
using NewsBot.Hosting;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary><c>eval --features</c>: the training rows of the lead model, written by a real evaluation run.</summary>
public sealed class EvalFeaturesTests
{
    private static readonly string[] EightHours = ["eight hours"];

    [Fact]
    public async Task Eval_WithFeatures_WritesRowsPerLeadCandidateThatTrainReads()
    {
        using var folder = new TempDirectory();
        var corpus = folder.Combine("articles.jsonl");
        var questions = folder.Combine("questions.jsonl");
        await File.WriteAllLinesAsync(corpus,
        [
            JsonSerializer.Serialize(new { id = "talks", title = "Talks in Geneva", date = "2022-01-10", source = "test", text = "Talks in Geneva\n\nRussian and US diplomats held talks in Geneva on Monday. The talks lasted eight hours. Both sides agreed to meet again." }),
        ]);
        await File.WriteAllLinesAsync(questions,
        [
            JsonSerializer.Serialize(new { id = "q1", question = "How long did the talks in Geneva last?", answers = EightHours }),
            JsonSerializer.Serialize(new { id = "q2", question = "Who won the football World Cup?", answers = Array.Empty<string>(), is_impossible = true }),
        ]);
        var rowsPath = folder.Combine("rows/rows-tiny.tsv");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await NewsBotCommands.InvokeAsync(
            ["eval", "--corpus", corpus, "--questions", questions, "--data", folder.Combine("data"), "--output", folder.Combine("report.json"), "--features", rowsPath, "--Embedding:Enabled=false", $"--contentRoot={TestPaths.RepositoryRoot}"],
            output,
            error);

        Assert.Equal(0, exitCode);
        Assert.Equal(FeatureRows.HeaderLine, File.ReadLines(rowsPath).First());
        var rows = FeatureRow.Read(rowsPath);
        Assert.All(rows, r => Assert.Equal("tiny", r.Set));
        Assert.Contains(rows, r => r.QuestionId == "q1" && r.Label && r.Features.Length == NewsBot.Answering.LeadFeatures.Names.Count);
        Assert.All(rows.Where(r => r.QuestionId == "q2"), r => Assert.False(r.Label || r.AnswerGold));
        Assert.All(rows.GroupBy(r => r.QuestionId), q => Assert.InRange(q.Count(), 1, NewsBot.Answering.LeadFeatures.LeadCandidates));
    }
}
