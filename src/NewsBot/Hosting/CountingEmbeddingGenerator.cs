using Microsoft.Extensions.AI;

namespace NewsBot.Hosting;

/// <summary>
/// Counts the texts that reach the model. Placed between the embedding cache and the model, it tells <c>bench</c> how
/// many vectors were computed and, by difference, how many the cache supplied.
/// </summary>
internal sealed class CountingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> innerGenerator)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(innerGenerator)
{
    private long _texts;

    public long Texts => Interlocked.Read(ref _texts);

    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);

        var texts = values as IReadOnlyCollection<string> ?? values.ToList();
        Interlocked.Add(ref _texts, texts.Count);
        return base.GenerateAsync(texts, options, cancellationToken);
    }
}
