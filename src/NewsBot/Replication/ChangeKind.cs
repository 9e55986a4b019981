namespace NewsBot.Replication;

/// <summary>What a change-log row says happened to its article; stored as a smallint.</summary>
public enum ChangeKind : short
{
    Added = 1,
    Changed = 2,
    Removed = 3,
}
