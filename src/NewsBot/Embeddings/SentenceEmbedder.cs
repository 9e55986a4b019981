using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace NewsBot.Embeddings;

/// <summary>
/// Embeds search queries and passages for retrieval. Asymmetric models such as arctic-embed want an instruction before the
/// query and none before the passage; this is the one place that knows it, so the generator underneath stays a plain
/// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> that embeds passages as given.
/// <para>
/// Passages and queries may go to different generators: passages through the persistent cache (an unchanged sentence is
/// never embedded twice), queries straight to the model with only a small <see cref="QueryVectorCache"/> in front, so
/// readers' questions never pile up in the passage cache or its file.
/// </para>
/// </summary>
public sealed class SentenceEmbedder(
    IEmbeddingGenerator<string, Embedding<float>> generator,
    IOptions<EmbeddingOptions> options,
    IEmbeddingGenerator<string, Embedding<float>>? queryGenerator = null)
{
    private readonly string _queryPrefix = options.Value.QueryPrefix;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _queryGenerator = queryGenerator ?? generator;
    private readonly QueryVectorCache _queries = new(options.Value.QueryCacheSize);

    public async Task<ReadOnlyMemory<float>> EmbedQueryAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);

        var text = _queryPrefix + EmbeddingText.Normalize(query);
        if (_queries.TryGet(text, out var cached))
        {
            return cached;
        }

        var vector = await _queryGenerator.GenerateVectorAsync(text, cancellationToken: cancellationToken).ConfigureAwait(false);
        _queries.Add(text, vector);
        return vector;
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
