namespace NewsBot.State;

/// <summary>
/// The tables of the fleet's shared state, created on start by whichever instance comes first. Every statement is
/// idempotent, and all run under one transaction-scoped advisory lock, because two instances running
/// <c>CREATE TABLE IF NOT EXISTS</c> at the same moment can still collide on the catalog.
/// </summary>
internal static class StateSchema
{
    /// <summary>The advisory lock key (the ASCII of "NBstate1").</summary>
    public const long LockKey = 0x4E42_7374_6174_6531;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS newsbot_state (
            key      text PRIMARY KEY,
            document text NOT NULL,
            etag     text NOT NULL,
            touched  timestamptz NOT NULL
        );
        CREATE INDEX IF NOT EXISTS newsbot_state_touched ON newsbot_state (touched);
        CREATE TABLE IF NOT EXISTS newsbot_rate (
            key     text PRIMARY KEY,
            tokens  double precision NOT NULL,
            updated timestamptz NOT NULL,
            taken   boolean NOT NULL
        );
        CREATE INDEX IF NOT EXISTS newsbot_rate_updated ON newsbot_rate (updated);
        """;
}
