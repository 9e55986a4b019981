namespace NewsBot.Bot;

/// <summary>
/// A write to <see cref="PostgresStorage"/> carried an ETag that is no longer the item's: someone wrote it since it was
/// read (or, with no ETag, created it). The Bot Framework's storages throw on such a write; this is that exception.
/// </summary>
public sealed class StateConflictException : Exception
{
    public StateConflictException()
    {
    }

    public StateConflictException(string message)
        : base(message)
    {
    }

    public StateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
