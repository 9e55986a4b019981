using NewsBot.Evaluation;
using NewsBot.Ranking;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;
using NewsBot.Tests.Ranking;

namespace NewsBot.Tests.Evaluation;

public sealed class RankRowsTests
{
    private static readonly NewsBot.Ingestion.Article Ferry = RankFeaturesTests.Invented("ferry", "Ferry line back in service", "The ferry sails again.", "It reopens on 3 May.");

    private static CandidatePool Pool() => new()
    {
        Passages = Ferry.Sentences.Skip(1).Select(s => new Passage { Article = Ferry, Sentence = s, Score = 1, Coverage = 0.5 }).ToList(),
        Features = [Enumerable.Repeat(0.25f, RankFeatures.Names.Count).ToArray(), Enumerable.Repeat(-1.5f, RankFeatures.Names.Count).ToArray()],
    };

    [Fact]
    public void Of_AnswerableQuestion_OneRowPerCandidateLabellingTheGoldSentence()
    {
        var question = new EvaluationQuestion { Id = "q\t7", Question = "When does the ferry reopen?", Answers = ["3 May"], Kind = "date" };

        var rows = RankRows.Of(question, Pool()).Select(r => r.Split('\t')).ToList();

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(RankRows.HeaderLine.Split('\t').Length, r.Length));
        Assert.Equal(["q 7", "0", "date", "0", "0"], rows[0][..5]);
        Assert.Equal(["q 7", "0", "date", "1", "1"], rows[1][..5]);
        Assert.Equal("0.25", rows[0][5]);
        Assert.Equal("-1.5", rows[1][^1]);
    }

    [Fact]
    public void Of_UnanswerableQuestion_LabelsNoSentenceGold()
    {
        var question = new EvaluationQuestion { Id = "q8", Question = "When does the ferry reopen?", Answers = ["3 May"], IsImpossible = true };

        var rows = RankRows.Of(question, Pool()).Select(r => r.Split('\t')).ToList();

        Assert.All(rows, r => Assert.Equal("1", r[1]));
        Assert.All(rows, r => Assert.Equal("0", r[4]));
    }

    [Fact]
    public void Read_WrittenRows_GivesThemBackTaggedWithTheSetItsFileNames()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("ranks-ferries.tsv");
        var question = new EvaluationQuestion { Id = "q7", Question = "When does the ferry reopen?", Answers = ["3 May"] };
        File.WriteAllLines(path, [RankRows.HeaderLine, .. RankRows.Of(question, Pool())]);

        var rows = RankRow.Read(path);

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("ferries", r.Set));
        Assert.Equal([false, true], rows.Select(r => r.Label));
        Assert.Equal([0, 1], rows.Select(r => r.Candidate));
        Assert.Equal(Pool().Features[1], rows[1].Features);
    }

    [Fact]
    public void Read_IdRepeatedForTwoQuestions_KeepsTheirPoolsApart()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("ranks-quiz.tsv");
        var first = new EvaluationQuestion { Id = "q7", Question = "When does the ferry reopen?", Answers = ["3 May"] };
        var second = first with { Answers = ["sails again"] };
        File.WriteAllLines(path, [RankRows.HeaderLine, .. RankRows.Of(first, Pool()), .. RankRows.Of(second, Pool())]);

        var rows = RankRow.Read(path);

        Assert.Equal(["q7", "q7", "q7#2", "q7#2"], rows.Select(r => r.QuestionId));
        Assert.Equal([1, 0], RankTrainer.Ranks(null, rows).Select(r => r.Before));
    }

    [Fact]
    public void Read_RowsOfAnotherBuildsFeatures_FailsNamingTheDump()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("ranks-old.tsv");
        File.WriteAllLines(path, [RankRows.Header + "\tfused_ratio", "q1\t0\t\t0\t1\t0.5"]);

        var error = Assert.Throws<InvalidDataException>(() => RankRow.Read(path));

        Assert.Contains("--rank-features", error.Message, StringComparison.Ordinal);
    }
}
