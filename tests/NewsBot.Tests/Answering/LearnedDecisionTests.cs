using NewsBot.Answering;
using NewsBot.Embeddings;
using NewsBot.Ingestion;
using NewsBot.Retrieval;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Tests.Embeddings;
using NewsBot.Tests.Infrastructure;
using NewsBot.Tests.Retrieval;

namespace NewsBot.Tests.Answering;

/// <summary>The composer with a <see cref="LeadModel"/>: the model may decline the hand rules' lead, never answer where they decline.</summary>
public sealed class LearnedDecisionTests(ArcticModelFixture embedding) : IClassFixture<ArcticModelFixture>
{
    private static readonly AnsweringOptions Options = new();

    private static readonly Article Article = PlainTextArticleParser.Parse("a", "test", "Talks\n\nTalks were held in Geneva. Delegates arrived by train. Bread prices rose.");

    private static readonly Corpus Corpus = new([Article]);

    [Fact]
    public void Compose_ModelDoubtsTheRulesLead_Declines()
    {
        // Evidence 0.45 + 1.5 · (0.9 − 0.6) = 0.9 ≥ 0.5: the rules answer; the model reads coverage 0.45 ≤ 0.5 as unlikely.
        Passage[] passages = [new() { Article = Article, Sentence = Article.Sentences[1], Score = 5, Coverage = 0.45, Similarity = 0.9 }];

        var byRules = ExtractiveComposer.Compose("where were talks held?", passages, Corpus, Options);
        var byModel = ExtractiveComposer.Compose("where were talks held?", passages, Corpus, Options, LeadModelTests.TrustsCoverage());

        Assert.True(byRules.IsAnswered);
        Assert.False(byModel.IsAnswered);
        Assert.Contains("doesn't answer", byModel.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ModelTrustsTheRulesLead_AnswersExactlyAsTheRules()
    {
        Passage[] passages =
        [
            new() { Article = Article, Sentence = Article.Sentences[1], Score = 5, Coverage = 0.9, Similarity = 0.8 },
            new() { Article = Article, Sentence = Article.Sentences[2], Score = 4, Coverage = 0.6, Similarity = 0.7 },
        ];

        var byRules = ExtractiveComposer.Compose("where were talks held?", passages, Corpus, Options);
        var byModel = ExtractiveComposer.Compose("where were talks held?", passages, Corpus, Options, LeadModelTests.TrustsCoverage());

        Assert.True(byModel.IsAnswered);
        Assert.Equal(byRules, byModel, AnswerComparer.Instance);
    }

    [Fact]
    public void Compose_RulesDecline_ModelNeverAnswersInstead()
    {
        // Evidence 0.3 < 0.5; a model that finds everything likely (threshold 0) cannot overturn that.
        Passage[] passages = [new() { Article = Article, Sentence = Article.Sentences[1], Score = 5, Coverage = 0.3, Similarity = 0.6 }];

        var answer = ExtractiveComposer.Compose("where were talks held?", passages, Corpus, Options, LeadModelTests.TrustsCoverage(threshold: 0));

        Assert.False(answer.IsAnswered);
    }

    /// <summary>
    /// When no lead candidate may lead and a sentence further down their article answers in their place, the model has
    /// no row of the rules' lead to read: the rules decide, as without it, instead of the reply failing.
    /// </summary>
    [Fact]
    public void Compose_ALeadFromFurtherDownTheArticle_IsLeftToTheRules()
    {
        const string question = "Which councillor's question revealed the £2m repair bill for Vardo harbour?";
        var article = PlainTextArticleParser.Parse("v", "test", string.Join("\n\n",
        [
            "Vardo harbour repairs",
            "Repairing Vardo harbour could cost £2m, the council revealed.",
            "What will the Vardo harbour repair bill cover?",
            "The £2m repair bill for Vardo harbour was revealed in a written answer.",
            "Councillor Ruth Okafor, whose question revealed the repair bill for Vardo harbour, called it a scandal.",
        ]));
        var passages = article.Sentences.Where(s => s.Role == SentenceRole.Body)
            .Select((sentence, i) => new Passage { Article = article, Sentence = sentence, Score = 3 - (0.1 * i), Coverage = 0.9, Similarity = 0.8 })
            .ToList();

        var byRules = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options);
        var withModel = ExtractiveComposer.Compose(question, passages, new Corpus([article]), Options, LeadModelTests.TrustsCoverage());

        Assert.True(byRules.IsAnswered);
        Assert.StartsWith("Councillor Ruth Okafor", byRules.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Equal(byRules, withModel, AnswerComparer.Instance);
    }

    [Fact]
    public void Compose_KeywordOnlyRetrieval_LeavesTheDecisionToTheRules()
    {
        Passage[] passages = [new() { Article = Article, Sentence = Article.Sentences[1], Score = 5, Coverage = 0.45 }];

        var byRules = ExtractiveComposer.Compose("where were talks held?", passages, Corpus, Options);
        var withModel = ExtractiveComposer.Compose("where were talks held?", passages, Corpus, Options, LeadModelTests.TrustsCoverage());

        Assert.True(byRules.IsAnswered);
        Assert.Equal(byRules, withModel, AnswerComparer.Instance);
    }

    [Fact]
    public async Task Compose_EmbeddedModelOverSeedsWithEmbeddings_AnswersTheSeedQuestionAndDeclinesAnOffTopicOne()
    {
        using var data = new TempDirectory();
        var cache = new FileCachingEmbeddingGenerator(embedding.Generator);
        using var library = EmbeddedLibrary.Create(
            Microsoft.Extensions.Options.Options.Create(new CoverageOptions { Folders = [TestPaths.Seeds], DataDirectory = data.Path }),
            embedding: embedding.Options,
            embedder: new SentenceEmbedder(cache, embedding.Options),
            cache: cache);
        var index = await library.LoadAsync();
        const string seedQuestion = "what did Russia propose on December 17?";
        const string offTopic = "Who won the 2022 football World Cup?";

        var seed = ExtractiveComposer.Compose(seedQuestion, await index.RetrieveAsync(seedQuestion, 20), index.Corpus, Options, LeadModel.Default);
        var declined = ExtractiveComposer.Compose(offTopic, await index.RetrieveAsync(offTopic, 20), index.Corpus, Options, LeadModel.Default);

        Assert.True(index.IsHybrid);
        Assert.True(seed.IsAnswered);
        Assert.StartsWith("On December 17, 2021, the Russian Foreign Ministry released", seed.Citations[0].Quote, StringComparison.Ordinal);
        Assert.False(declined.IsAnswered);
    }
}
