namespace NewsBot.Replication;

/// <summary>What one catch-up applied, and where its time went: reading the database, applying to the local store.</summary>
public sealed record CatchUp
{
    public int Changes { get; init; }

    public TimeSpan Read { get; init; }

    public TimeSpan Apply { get; init; }
}
