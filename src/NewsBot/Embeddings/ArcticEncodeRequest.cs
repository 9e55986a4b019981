namespace NewsBot.Embeddings;

/// <summary>One batch waiting for the embedding worker thread.</summary>
internal sealed class ArcticEncodeRequest(string[] texts, CancellationToken cancellationToken)
{
    public string[] Texts { get; } = texts;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public TaskCompletionSource<float[][]> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
