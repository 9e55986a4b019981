using NewsBot.Ingestion;

namespace NewsBot.Replication;

/// <summary>What one run of the <see cref="CoverageWriter"/> committed.</summary>
public sealed record WriteSummary
{
    public required IReadOnlyList<string> Added { get; init; }

    public required IReadOnlyList<string> Changed { get; init; }

    public required IReadOnlyList<string> Removed { get; init; }

    public required int Unchanged { get; init; }

    public required IReadOnlyList<IngestionResult> Skipped { get; init; }

    /// <summary>Sentence vectors computed by the model in this run.</summary>
    public required int Embedded { get; init; }

    /// <summary>Sentence vectors the database already held (embedded by an earlier run or for another article).</summary>
    public required int Reused { get; init; }

    /// <summary>The last generation of the log after this run.</summary>
    public required long Generation { get; init; }
}
