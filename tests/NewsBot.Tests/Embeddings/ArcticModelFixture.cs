using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Embeddings;

/// <summary>One real ArcticXs model for a test class: loading it takes about a second.</summary>
public sealed class ArcticModelFixture : IDisposable
{
    public const int BatchSize = 4;

    public ArcticModelFixture()
    {
        Options = Microsoft.Extensions.Options.Options.Create(new EmbeddingOptions { BatchSize = BatchSize });
        Generator = new ArcticEmbeddingGenerator(Options, NullLogger<ArcticEmbeddingGenerator>.Instance);
        Embedder = new SentenceEmbedder(Generator, Options);
    }

    public IOptions<EmbeddingOptions> Options { get; }

    public ArcticEmbeddingGenerator Generator { get; }

    public SentenceEmbedder Embedder { get; }

    public void Dispose() => Generator.Dispose();
}
