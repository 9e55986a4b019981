namespace NewsBot.Replication;

/// <summary>
/// The changes of the log from generation <see cref="After"/> (exclusive) to <see cref="Through"/> (inclusive), folded
/// per article into its state now: present (an upsert) or gone (a removal).
/// </summary>
public sealed record ChangeBatch
{
    public required long After { get; init; }

    public required long Through { get; init; }

    public required IReadOnlyList<ReplicatedArticle> Upserts { get; init; }

    public required IReadOnlyList<string> Removed { get; init; }

    public bool IsEmpty => Through == After;
}
