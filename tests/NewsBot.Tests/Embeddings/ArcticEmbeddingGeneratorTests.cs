using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Embeddings;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Embeddings;

public sealed class ArcticEmbeddingGeneratorTests(ArcticModelFixture model) : IClassFixture<ArcticModelFixture>
{
    private static readonly string[] Texts =
    [
        "Russia demanded security guarantees from NATO.",
        "The weather in Paris was sunny.",
        "Short.",
        "Ukraine's foreign minister said on Tuesday that talks with Moscow would continue in Geneva next week, despite the build-up of troops.",
        "NATO rejected the demand.",
        "",
        "Officials in Brussels declined to comment on the leaked draft agreement.",
    ];

    [Fact]
    public async Task EmbedQueryAsync_QuestionAboutMoscow_RanksRelevantSentenceAboveUnrelated()
    {
        var passages = await model.Embedder.EmbedPassagesAsync([Texts[0], Texts[1]]);

        var query = await model.Embedder.EmbedQueryAsync("what were Moscow's demands?");

        var relevant = TensorPrimitives.CosineSimilarity(query.Span, passages[0].Span);
        var unrelated = TensorPrimitives.CosineSimilarity(query.Span, passages[1].Span);
        Assert.True(relevant > unrelated + 0.05f, $"relevant {relevant}, unrelated {unrelated}");
    }

    [Fact]
    public async Task GenerateAsync_Sentence_Gives384DimensionalUnitVector()
    {
        var embeddings = await model.Generator.GenerateAsync([Texts[0]]);

        var vector = Assert.Single(embeddings).Vector;
        Assert.Equal(ArcticEmbeddingGenerator.Dimensions, vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(vector.Span), 3);
        Assert.Equal(ArcticEmbeddingGenerator.ModelId, embeddings[0].ModelId);
    }

    [Fact]
    public async Task EmbedQueryAsync_Query_DiffersFromSameTextAsPassage()
    {
        const string text = "what were Moscow's demands?";

        var asQuery = await model.Embedder.EmbedQueryAsync(text);
        var asPassage = (await model.Embedder.EmbedPassagesAsync([text]))[0];

        Assert.True(TensorPrimitives.CosineSimilarity(asQuery.Span, asPassage.Span) < 0.99f);
    }

    [Fact]
    public async Task GenerateAsync_Batched_MatchesOneByOne()
    {
        var batched = await model.Generator.GenerateAsync(Texts);

        for (var i = 0; i < Texts.Length; i++)
        {
            var single = (await model.Generator.GenerateAsync([Texts[i]]))[0].Vector.Span;
            var inBatch = batched[i].Vector.Span;
            for (var j = 0; j < single.Length; j++)
            {
                Assert.True(MathF.Abs(single[j] - inBatch[j]) < 1e-4f, $"text {i}, component {j}: {single[j]} vs {inBatch[j]}");
            }
        }
    }

    [Fact]
    public async Task GenerateAsync_ConcurrentCalls_GiveSameVectorsAsSequential()
    {
        var sequential = new List<float[]>();
        foreach (var text in Texts)
        {
            sequential.Add((await model.Generator.GenerateVectorAsync(text)).ToArray());
        }

        var concurrent = await Task.WhenAll(Texts.Select(text => Task.Run(() => model.Generator.GenerateVectorAsync(text))));

        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.Equal(1f, TensorPrimitives.CosineSimilarity(sequential[i], concurrent[i].Span), 4);
        }
    }

    [Fact]
    public async Task GenerateAsync_TextBeyond512Tokens_IsTruncatedNotRejected()
    {
        var longText = string.Join(' ', Enumerable.Repeat("The negotiators met again in Geneva.", 150));

        var vector = await model.Generator.GenerateVectorAsync(longText);

        Assert.Equal(1f, TensorPrimitives.Norm(vector.Span), 3);
    }

    [Fact]
    public async Task GenerateAsync_NoTexts_ReturnsNoEmbeddings()
    {
        var embeddings = await model.Generator.GenerateAsync([]);

        Assert.Empty(embeddings);
    }

    [Fact]
    public async Task GenerateAsync_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => model.Generator.GenerateAsync(Texts, cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task GenerateAsync_CancelledWhileQueued_ThrowsAndLeavesGeneratorUsable()
    {
        using var cancellation = new CancellationTokenSource();
        var busy = model.Generator.GenerateAsync(Enumerable.Repeat(Texts[3], 64).ToArray());
        var queued = model.Generator.GenerateAsync(Texts, cancellationToken: cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
        Assert.Equal(64, (await busy).Count);
        Assert.Single(await model.Generator.GenerateAsync([Texts[0]]));
    }

    [Fact]
    public async Task GenerateAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var generator = new ArcticEmbeddingGenerator(model.Options, NullLogger<ArcticEmbeddingGenerator>.Instance);
        generator.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => generator.GenerateAsync(["text"]));
    }

    [Fact]
    public void GetService_Metadata_DescribesModel()
    {
        var metadata = model.Generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal(ArcticEmbeddingGenerator.ModelId, metadata.DefaultModelId);
        Assert.Equal(ArcticEmbeddingGenerator.Dimensions, metadata.DefaultModelDimensions);
    }
}
