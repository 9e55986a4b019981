using System.ComponentModel.DataAnnotations;

namespace NewsBot.Replication;

/// <summary>How a bot instance in the Postgres profile follows the change log into its local replica.</summary>
public sealed class ReplicationOptions
{
    public const string SectionName = "Replication";

    /// <summary>Change-log rows read and applied to the local store as one batch (one published generation).</summary>
    [Range(1, 1_000_000)]
    public int BatchSize { get; set; } = 5_000;

    /// <summary>How often the log is polled while the notification connection is down (and, as a safety net, always).</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 2;
}
