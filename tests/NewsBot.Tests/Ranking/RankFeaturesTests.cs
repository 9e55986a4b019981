using NewsBot.Ingestion;
using NewsBot.Ranking;

namespace NewsBot.Tests.Ranking;

public sealed class RankFeaturesTests
{
    private static readonly Article Ferry = Invented("ferry", "Ferry line back in service", "The ferry sails again.", "Repairs took the winter.", "Crews trained for a month.", "Oslo cheered.");

    private static readonly Article Buses = Invented("buses", "Buses return", "It reopens on 3 May.");

    /// <summary>An article whose first sentence is its headline and each further one a body sentence of its own paragraph.</summary>
    internal static Article Invented(string id, string headline, params string[] body)
    {
        var parts = new[] { headline }.Concat(body).ToList();
        var text = string.Join("\n\n", parts);
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            sentences.Add(new Sentence { ArticleId = id, Ordinal = i, Paragraph = i, Start = start, Length = parts[i].Length, Text = parts[i], Role = i == 0 ? SentenceRole.Headline : SentenceRole.Body });
            start += parts[i].Length + 2;
        }

        return new Article { Id = id, Headline = headline, Origin = $"{id}.txt", Text = text, Sentences = sentences };
    }

    private static readonly RankQuestion Question = new()
    {
        Weights = new Dictionary<string, double>(StringComparer.Ordinal) { ["ferri"] = 2, ["oslo"] = 1, ["reopen"] = 1 },
        Names = new HashSet<string>(["oslo"], StringComparer.Ordinal),
        AsksValue = true,
    };

    private static readonly RankCandidate[] Pool =
    [
        new() { Passage = new() { Article = Ferry, Sentence = Ferry.Sentences[1], Score = 2.0, Similarity = 0.8, Coverage = 0.5 }, Keyword = 10, KeywordRank = 0, VectorRank = 1, SentenceTerms = Set("ferri", "sail"), Context = [Set("oslo")] },
        new() { Passage = new() { Article = Buses, Sentence = Buses.Sentences[1], Score = 1.5, Similarity = 0.9, Coverage = 0.25, DateMatch = 1 }, VectorRank = 0, SentenceTerms = Set("reopen"), Context = [] },
        new() { Passage = new() { Article = Ferry, Sentence = Ferry.Sentences[4], Score = 1.0, Similarity = 0.6, Coverage = 0.25 }, Keyword = 5, KeywordRank = 3, SentenceTerms = Set("oslo"), Context = [Set("reopen")] },
    ];

    private static HashSet<string> Set(params string[] terms) => new(terms, StringComparer.Ordinal);

    public static TheoryData<string, float, float, float> Expected => new()
    {
        // feature, first candidate, second, third
        { "fused_ratio", 1f, 0.75f, 0.5f },
        { "fused_rank", 0, 1, 2 },
        { "keyword_ratio", 1f, 0f, 0.5f },
        { "keyword_rank", 0, RankFeatures.Missing, 3 },
        { "cosine", 0.8f, 0.9f, 0.6f },
        { "cosine_gap", 0.1f, 0f, 0.3f },
        { "vector_rank", 1, 0, RankFeatures.Missing },
        { "coverage", 0.5f, 0.25f, 0.25f },
        { "context_coverage", 0.75f, 0.25f, 0.5f },
        { "article_coverage", 1f, 0.25f, 1f },
        { "names_sentence", 0f, 0f, 1f },
        { "names_context", 1f, 0f, 1f },
        { "date_match", 0f, 1f, 0f },
        { "value_held", -1f, 1f, -1f },
        { "position", 0.2f, 0.5f, 0.8f },
        { "ordinal", 1, 1, 4 },
        { "length", "The ferry sails again.".Length, "It reopens on 3 May.".Length, "Oslo cheered.".Length },
        { "role", (float)SentenceRole.Body, (float)SentenceRole.Body, (float)SentenceRole.Body },
        { "article_count", 2, 1, 2 },
        { "article_rank", 0, 1, 0 },
        { "article_share", 1f, 0.5f, 1f },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Of_InventedPool_GivesEachFeatureItsValue(string feature, float first, float second, float third)
    {
        var rows = RankFeatures.Of(Question, Pool);

        var column = RankFeatures.IndexOf(feature);
        Assert.Equal(first, rows[0][column], 5);
        Assert.Equal(second, rows[1][column], 5);
        Assert.Equal(third, rows[2][column], 5);
    }

    [Fact]
    public void Of_EveryFeatureHasAnExpectedValueAbove()
    {
        Assert.Equal(RankFeatures.Names.Order(StringComparer.Ordinal), Expected.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Of_QuestionWithoutNamesOrValue_MarksNamesMinusOneAndValueZero()
    {
        var rows = RankFeatures.Of(Question with { Names = new HashSet<string>(StringComparer.Ordinal), AsksValue = false }, Pool);

        Assert.All(rows, r => Assert.Equal(-1f, r[RankFeatures.IndexOf("names_sentence")]));
        Assert.All(rows, r => Assert.Equal(0f, r[RankFeatures.IndexOf("value_held")]));
    }

    [Fact]
    public void Of_ContextInPartsSharedBetweenCandidates_ReadsAsTheirUnion()
    {
        var headline = Set("oslo");
        var whole = new[] { Pool[0] with { Context = [Set("oslo")] }, Pool[1], Pool[2] with { Context = [Set("oslo", "ferri", "sail", "reopen")] } };
        var parts = new[] { Pool[0] with { Context = [headline, Set()] }, Pool[1], Pool[2] with { Context = [headline, Pool[0].SentenceTerms, Set("reopen")] } };

        var rows = RankFeatures.Of(Question, parts);

        Assert.Equal(RankFeatures.Of(Question, whole), rows);
        Assert.Equal(1f, rows[2][RankFeatures.IndexOf("context_coverage")], 5);
    }

    [Theory]
    [InlineData("When did the ferry line reopen?", true)]
    [InlineData("How many passengers crossed?", true)]
    [InlineData("In what year was the pier built?", true)]
    [InlineData("Who runs the ferry line?", false)]
    [InlineData("Why did the buses stop?", false)]
    public void AsksValue_WhenAndHowManyButNotWhoOrWhy(string question, bool expected)
    {
        Assert.Equal(expected, RankFeatures.AsksValue(question));
    }

    [Theory]
    [InlineData("When did Oslo ship grain to Kenya?", new[] { "Oslo", "Kenya" })]
    [InlineData("Quick one: Who leads the Harbour Board?", new[] { "Harbour", "Board" })]
    [InlineData("what did the mayor say?", new string[0])]
    public void QuestionNames_CapitalisedWordsNotOpeningASentence(string question, string[] expected)
    {
        Assert.Equal(expected, QuestionNames.Of(question));
    }
}
