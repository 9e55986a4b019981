using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Retrieval;

namespace NewsBot.Hosting;

/// <summary>
/// Loads the coverage before the host starts serving, so the first question already has an index. The embedding
/// model is then loaded in the background (one throwaway query), so the first reader does not wait a second for it.
/// </summary>
internal sealed class CoverageLoader(CoverageLibrary library, SentenceEmbedder embedder, IOptions<EmbeddingOptions> embedding) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await library.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (embedding.Value.Enabled)
        {
            _ = Task.Run(() => embedder.EmbedQueryAsync("warm up", CancellationToken.None), CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
