using Microsoft.Extensions.Hosting;
using NewsBot.Retrieval;

namespace NewsBot.Hosting;

/// <summary>Loads the coverage before the host starts serving, so the first question already has an index.</summary>
internal sealed class CoverageLoader(CoverageLibrary library) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => library.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
