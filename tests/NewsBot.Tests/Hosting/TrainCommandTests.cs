using System.Globalization;
using NewsBot.Answering;
using NewsBot.Evaluation;
using NewsBot.Hosting;
using NewsBot.Tests.Evaluation;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

public sealed class TrainCommandTests
{
    [Fact]
    public async Task Train_TwoSetsOfRows_PrintsEachSetHeldOutAndWritesTheModelsTheBotLoads()
    {
        using var folder = new TempDirectory();
        var files = new[] { ("alpha", 1), ("beta", 2) }.Select(s => Write(folder.Combine($"rows-{s.Item1}.tsv"), LeadTrainerTests.Rows(s.Item1, 100, s.Item2))).ToList();
        var modelPath = folder.Combine("LeadModel.json");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await NewsBotCommands.InvokeAsync(["train", "--features", files[0], "--features", files[1], "--output", modelPath, "--held-out", folder.Combine("folds")], output, error);

        Assert.Equal(0, exitCode);
        Assert.Empty(error.ToString());
        var lines = output.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("alpha", StringComparison.Ordinal) && l.Contains("held out t=", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("beta", StringComparison.Ordinal) && l.Contains("held out t=", StringComparison.Ordinal));
        var model = LeadModel.Load(modelPath);
        Assert.Contains("alpha, beta", model.Provenance, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("folds/LeadModel.without-alpha.json")));
        Assert.Contains("without beta", LeadModel.Load(folder.Combine("folds/LeadModel.without-beta.json")).Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_RowsOfAnotherFeatureList_FailsInOneLineAskingForANewDump()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("rows-old.tsv");
        await File.WriteAllTextAsync(path, "id\timpossible\tcoverage\nq1\t0\t0.5\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await NewsBotCommands.InvokeAsync(["train", "--features", path, "--output", folder.Combine("m.json")], output, error);

        Assert.Equal(NewsBotCommands.Failed, exitCode);
        Assert.Contains("eval --features", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("m.json")));
    }

    private static string Write(string path, IEnumerable<FeatureRow> rows)
    {
        File.WriteAllLines(path, rows.Select(r => string.Join('\t',
            [
                r.QuestionId, r.Impossible ? "1" : "0", r.Kind, r.Rank.ToString(CultureInfo.InvariantCulture), r.Label ? "1" : "0", r.RulesLead ? "1" : "0", r.AnswerGold ? "1" : "0",
                .. r.Features.Select(f => f.ToString("R", CultureInfo.InvariantCulture)),
            ])).Prepend(FeatureRows.HeaderLine));
        return path;
    }
}
