using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace NewsBot.Retrieval;

/// <summary>
/// Embeds search queries and passages for retrieval. Asymmetric models such as arctic-embed want an instruction before the
/// query and none before the passage; this is the one place that knows it, so the generator underneath stays a plain
/// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> that embeds passages as given.
/// </summary>
public sealed class SentenceEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator, IOptions<EmbeddingOptions> options)
{
    private readonly string _queryPrefix = options.Value.QueryPrefix;

    public async Task<ReadOnlyMemory<float>> EmbedQueryAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);

        var text = _queryPrefix + EmbeddingText.Normalize(query);
        return await generator.GenerateVectorAsync(text, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReadOnlyMemory<float>>> EmbedPassagesAsync(
        IEnumerable<string> passages,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(passages);

        var embeddings = await generator.GenerateAsync(passages, cancellationToken: cancellationToken).ConfigureAwait(false);
        return embeddings.Select(embedding => embedding.Vector).ToArray();
    }
}
