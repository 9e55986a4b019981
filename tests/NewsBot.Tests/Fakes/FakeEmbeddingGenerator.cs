using Microsoft.Extensions.AI;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// A deterministic embedding generator for tests: each lower-cased word adds 1 to a dimension picked by its FNV-1a hash, and
/// the sum is normalised. Texts sharing words are close, like a real model; the same text always gives the same vector, on
/// every machine. Counts what it embeds.
/// </summary>
public sealed class FakeEmbeddingGenerator(int dimensions = 64) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly List<string> _inputs = [];

    public const string ModelId = "fake-hash-embedding";

    /// <summary>How many times <see cref="GenerateAsync"/> was called.</summary>
    public int CallCount { get; private set; }

    /// <summary>Every text embedded, in order, across all calls.</summary>
    public IReadOnlyList<string> Inputs => _inputs;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        CallCount++;
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            _inputs.Add(value);
            embeddings.Add(new Embedding<float>(Embed(value)) { ModelId = ModelId });
        }

        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("fake", null, ModelId, dimensions)
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    private float[] Embed(string text)
    {
        var vector = new float[dimensions];
        foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = 2166136261u;
            foreach (var c in word)
            {
                hash = (hash ^ c) * 16777619u;
            }

            vector[hash % (uint)dimensions] += 1f;
        }

        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        return norm == 0f ? vector : vector.Select(x => x / norm).ToArray();
    }
}
