using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NewsBot.Embeddings;

/// <summary>
/// Caches embeddings by the content of the text, in memory and in one file, so a restart or an unchanged article embeds
/// nothing and a changed article embeds only the sentences that changed. Calls with several texts send only the uncached
/// ones to the inner generator, in one call (see <see cref="CachingEmbeddingGenerator{TInput, TEmbedding}"/>).
/// </summary>
/// <remarks>
/// <code>
///   key = hex(XxHash128(UTF-8(EmbeddingText.Normalize(text))))
/// </code>
/// Keys hash the normalised text, so texts that differ only in what normalisation removes share a vector, as they would get
/// the same one anyway. With 128 bits, a collision among a billion sentences has a probability near 10^-21. Vectors of
/// another model never mix in: the file records the inner generator's model id and <see cref="Load"/> ignores a file of
/// another model. File layout: "NBEC", int32 version, model id, int32 d, int32 n, then n × (key, float32[d]).
/// </remarks>
public sealed class FileCachingEmbeddingGenerator(
    IEmbeddingGenerator<string, Embedding<float>> innerGenerator,
    ILogger<FileCachingEmbeddingGenerator>? logger = null)
    : CachingEmbeddingGenerator<string, Embedding<float>>(innerGenerator)
{
    private const int Version = 1;

    private readonly ConcurrentDictionary<string, ReadOnlyMemory<float>> _vectors = new(StringComparer.Ordinal);
    private readonly ILogger _logger = logger ?? NullLogger<FileCachingEmbeddingGenerator>.Instance;
    private int _dimensions;

    private static ReadOnlySpan<byte> Magic => "NBEC"u8;

    public int Count => _vectors.Count;

    private string ModelId => InnerGenerator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? string.Empty;

    public static string ComputeKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var hash = XxHash128.Hash(Encoding.UTF8.GetBytes(EmbeddingText.Normalize(text)));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Adds the entries of a file written by <see cref="Save"/>; returns how many, 0 if there is no file or it is another model's.</summary>
    public int Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return 0;
        }

        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        Span<byte> magic = stackalloc byte[4];
        if (reader.Read(magic) != magic.Length || !magic.SequenceEqual(Magic) || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"{path} is not an embedding cache file of version {Version}.");
        }

        var fileModelId = reader.ReadString();
        if (fileModelId != ModelId)
        {
            Log.EmbeddingCacheModelMismatch(_logger, path, fileModelId, ModelId);
            return 0;
        }

        var dimensions = reader.ReadInt32();
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            var vector = new float[dimensions];
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(vector.AsSpan()));
            Add(key, vector);
        }

        return count;
    }

    /// <summary>Forgets every vector held in memory; the file keeps them for the next <see cref="Load"/>.</summary>
    public void Clear() => _vectors.Clear();

    /// <summary>Writes every cached vector to <paramref name="path"/>, through a temporary file renamed over the old one.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        var entries = _vectors.ToArray();
        var dimensions = _dimensions;
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(Version);
                writer.Write(ModelId);
                writer.Write(dimensions);
                writer.Write(entries.Length);
                foreach (var (key, vector) in entries)
                {
                    writer.Write(key);
                    writer.Write(MemoryMarshal.AsBytes(vector.Span));
                }

                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    protected override string GetCacheKey(params ReadOnlySpan<object?> values)
    {
        var text = values.Length > 0 && values[0] is string input ? input : string.Empty;
        var options = values.Length > 1 ? values[1] as EmbeddingGenerationOptions : null;

        // Options that change the vector (another model, a truncated length) key a different entry.
        return options is { ModelId: null, Dimensions: null } or null
            ? ComputeKey(text)
            : ComputeKey($"{options.ModelId}|{options.Dimensions}|{text}");
    }

    protected override Task<Embedding<float>?> ReadCacheAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_vectors.TryGetValue(key, out var vector) ? new Embedding<float>(vector) { ModelId = ModelId } : null);

    protected override Task WriteCacheAsync(string key, Embedding<float> value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);

        Add(key, value.Vector);
        return Task.CompletedTask;
    }

    private void Add(string key, ReadOnlyMemory<float> vector)
    {
        var dimensions = Interlocked.CompareExchange(ref _dimensions, vector.Length, 0);
        if (dimensions != 0 && dimensions != vector.Length)
        {
            throw new InvalidOperationException($"The cache holds {dimensions}-dimensional vectors; got {vector.Length}.");
        }

        _vectors[key] = vector;
    }
}
