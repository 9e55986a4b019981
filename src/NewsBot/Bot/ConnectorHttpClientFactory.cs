using Microsoft.Extensions.Options;

namespace NewsBot.Bot;

/// <summary>
/// The HTTP clients the Bot Framework connector replies with: one shared handler, and a timeout of
/// <see cref="BotOptions.ReplyTimeoutSeconds"/> instead of .NET's 100 s, so a <c>serviceUrl</c> that accepts and never
/// answers holds a turn for seconds, not minutes. The connector disposes each client it is given; the handler stays.
/// </summary>
public sealed class ConnectorHttpClientFactory(IOptions<BotOptions> options) : IHttpClientFactory, IDisposable
{
    private readonly SocketsHttpHandler _handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = TimeSpan.FromSeconds(options.Value.ReplyTimeoutSeconds) };

    public HttpClient CreateClient(string name) => new(_handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(options.Value.ReplyTimeoutSeconds) };

    public void Dispose() => _handler.Dispose();
}
