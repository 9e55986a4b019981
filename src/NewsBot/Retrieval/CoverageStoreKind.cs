namespace NewsBot.Retrieval;

/// <summary>Where the coverage (and, with it, the fleet's shared state) is kept: <see cref="CoverageOptions.Store"/>.</summary>
public enum CoverageStoreKind
{
    /// <summary>One process owns everything: indexes on local disk, conversation memory and rate limits in memory.</summary>
    Embedded,

    /// <summary>
    /// PostgreSQL (<c>ConnectionStrings:NewsBot</c>) is the system of record shared by a fleet of instances: conversation
    /// state and rate limits live there, so any instance can take any turn.
    /// </summary>
    Postgres,
}
