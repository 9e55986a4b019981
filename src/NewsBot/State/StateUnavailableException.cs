namespace NewsBot.State;

/// <summary>
/// The shared state database could not be reached or refused the work (down, restarting, out of connections, timed
/// out). A turn that needs it is answered 503 with <c>Retry-After</c>, so the channel may send it again later.
/// </summary>
public sealed class StateUnavailableException : Exception
{
    public StateUnavailableException()
    {
    }

    public StateUnavailableException(string message)
        : base(message)
    {
    }

    public StateUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
