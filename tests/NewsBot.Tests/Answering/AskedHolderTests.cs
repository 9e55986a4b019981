using NewsBot.Answering;
using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Answering;

public sealed class AskedHolderTests
{
    private static readonly AnsweringOptions Options = new();

    /// <summary>A sentence naming the office only for a past holder, or only for another country's, names someone the question does not ask for.</summary>
    [Theory]
    [InlineData("Who is Norway's prime minister?", "Ola Brekke, the former Norwegian prime minister, spoke in Bergen.", false)]
    [InlineData("Who is Norway's prime minister?", "Ex-prime minister Ola Brekke spoke in Bergen.", false)]
    [InlineData("Who is Norway's prime minister?", "Kari Lunde, the Norwegian prime minister, spoke in Bergen.", true)]
    [InlineData("Who is Norway's prime minister?", "Sweden's prime minister, Ola Brekke, said Norway's decision was welcome.", false)]
    [InlineData("Who is Norway's prime minister?", "The prime minister of Denmark, Ola Brekke, said Norway's decision was welcome.", false)]
    [InlineData("Who is Norway's prime minister?", "The prime minister, Kari Lunde, said Norway would apply.", true)]
    [InlineData("Who is Norway's prime minister?", "The Swedish prime minister met Norway's prime minister, Kari Lunde, in Bergen.", true)]
    [InlineData("Who was Norway's prime minister in 1995?", "Ola Brekke, the former Norwegian prime minister, spoke in Bergen.", true)]
    [InlineData("Who is the former Norwegian prime minister?", "Ola Brekke, the former Norwegian prime minister, spoke in Bergen.", true)]
    [InlineData("What's the name of the Vardo mayor?", "The former mayor, Ola Brekke, spoke at the quay.", false)]
    [InlineData("Who's the Vardo Mayor?", "The former mayor, Ola Brekke, spoke at the quay.", false)]
    [InlineData("What did the mayor say about the quay?", "The former mayor, Ola Brekke, spoke at the quay.", true)]
    public void HeldBy_AnotherHoldersOffice_IsNotTheHolderAsked(string question, string sentence, bool expected)
    {
        var holder = AskedHolder.Of(question, AnswerType.Expected(question));

        Assert.Equal(expected, holder.HeldBy(sentence));
    }

    /// <summary>Asked who holds an office in one country, a sentence naming the office's past holder or another country's does not lead before one naming the holder asked for.</summary>
    [Theory]
    [InlineData("Ola Brekke, the former Norwegian prime minister, said the talks would go on.")]
    [InlineData("Sweden's prime minister, Ola Brekke, said Norway's talks would go on.")]
    public void Compose_AnotherHoldersSentence_DoesNotLead(string other)
    {
        const string Holder = "Norway's prime minister, Kari Lunde, opened the talks in Bergen.";
        var article = PlainTextArticleParser.Parse("a", "test", $"Nordic talks\n\n{other}\n\n{Holder}");
        Passage[] passages =
        [
            new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == other), Score = 3, Coverage = 0.9, Similarity = 0.8 },
            new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == Holder), Score = 2, Coverage = 0.9, Similarity = 0.8 },
        ];

        var answer = ExtractiveComposer.Compose("Who is Norway's prime minister?", passages, new Corpus([article]), Options);

        Assert.Equal(Holder, answer.Citations[0].Quote);
    }

    /// <summary>Another country's holder of the office asked is no further statement of the answer either.</summary>
    [Fact]
    public void Compose_AnotherCountrysHolder_IsNoFurtherStatement()
    {
        const string Holder = "Norway's prime minister, Kari Lunde, opened the talks in Bergen.";
        const string Again = "The prime minister, Kari Lunde, said Norway's talks would go on.";
        const string Other = "Sweden's prime minister, Ola Brekke, said Norway's talks would go on.";
        var article = PlainTextArticleParser.Parse("a", "test", $"Nordic talks\n\n{Holder}\n\n{Other}\n\n{Again}");
        Passage[] passages =
        [
            new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == Holder), Score = 3, Coverage = 0.9, Similarity = 0.8 },
            new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == Other), Score = 2.9, Coverage = 0.9, Similarity = 0.8 },
            new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == Again), Score = 2.8, Coverage = 0.9, Similarity = 0.8 },
        ];

        var answer = ExtractiveComposer.Compose("Who is Norway's prime minister?", passages, new Corpus([article]), Options);

        Assert.Equal([Holder, Again], answer.Citations.Select(c => c.Quote));
    }
}
