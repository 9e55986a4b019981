namespace NewsBot.Retrieval;

/// <summary>
/// Where the coverage lives: a store opens the generation it published last, applies a batch of
/// <see cref="CoverageChange"/>s and publishes the result as a new generation, and each generation it returns is a
/// <see cref="CoverageIndex"/> that searches. A crash at any point leaves the last published generation to be opened.
/// <see cref="CoverageLibrary"/> holds the generation being served (the atomic swap and the leases); only Hosting
/// chooses the store.
/// </summary>
public interface ICoverageStore : IDisposable
{
    /// <summary>The generation published last, opened and verified; null when none was published (or it was damaged and moved aside).</summary>
    Task<CoverageIndex?> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies <paramref name="changes"/> to the generation published last and publishes the result as
    /// <paramref name="generation"/> (greater than the last). The returned index holds one reference, the caller's.
    /// </summary>
    Task<CoverageIndex> ApplyAsync(IReadOnlyList<CoverageChange> changes, long generation, CancellationToken cancellationToken = default);
}
