using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace NewsBot.Bot;

/// <summary>
/// Keeps one Bot Connector client per bot identity, <c>serviceUrl</c> and audience, instead of the new client the
/// CloudAdapter makes and disposes for every turn. A new client brings its own Newtonsoft contract resolver, which
/// rebuilds its reflection metadata and compiles fresh property accessors the first time it writes each type: most of
/// the CPU a reply took (the 5,000-message load test's profile), and a new HTTP connection pool besides. This is what
/// the older BotFrameworkAdapter did. At most <see cref="Capacity"/> clients are kept (a caller chooses the
/// <c>serviceUrl</c>); past that, a turn gets a client of its own as before.
/// </summary>
public sealed class ConnectorClientCache : IDisposable
{
    public const int Capacity = 64;

    private readonly ConcurrentDictionary<string, Lazy<Task<IConnectorClient>>> _clients = new(StringComparer.Ordinal);

    /// <summary>How many clients are kept.</summary>
    public int Count => _clients.Count;

    /// <summary>A factory for one turn's caller that takes its clients from the cache, making them with <paramref name="inner"/>.</summary>
    public ConnectorFactory Wrap(ConnectorFactory inner, ClaimsIdentity? identity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return new CachingFactory(this, inner, Identity(identity));
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully))
        {
            client.Value.Result.Dispose();
        }

        _clients.Clear();
    }

    private static string Identity(ClaimsIdentity? identity) =>
        identity is null
            ? string.Empty
            : $"{identity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value}|{identity.FindFirst(AuthenticationConstants.AppIdClaim)?.Value}|{identity.FindFirst(AuthenticationConstants.AuthorizedParty)?.Value}";

    private async Task<IConnectorClient> GetAsync(ConnectorFactory inner, string identity, string serviceUrl, string? audience, CancellationToken cancellationToken)
    {
        var key = $"{identity}\n{serviceUrl}\n{audience}";
        if (!_clients.TryGetValue(key, out var entry))
        {
            if (_clients.Count >= Capacity)
            {
                return await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
            }

            // The client is made once, outside any one turn's cancellation; a failure is not kept.
            entry = _clients.GetOrAdd(key, _ => new Lazy<Task<IConnectorClient>>(() => inner.CreateAsync(serviceUrl, audience, CancellationToken.None)));
        }

        try
        {
            return new SharedClient(await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            _clients.TryRemove(new KeyValuePair<string, Lazy<Task<IConnectorClient>>>(key, entry));
            throw;
        }
    }

    private sealed class CachingFactory(ConnectorClientCache cache, ConnectorFactory inner, string identity) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            cache.GetAsync(inner, identity, serviceUrl, audience, cancellationToken);
    }

    /// <summary>A cached client as one turn sees it: the turn disposes it at its end, which must not close the shared one.</summary>
    private sealed class SharedClient(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri
        {
            get => client.BaseUri;
            set => throw new InvalidOperationException("A shared connector client's address cannot change.");
        }

        public JsonSerializerSettings SerializationSettings => client.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;

        public ServiceClientCredentials Credentials => client.Credentials;

        public IAttachments Attachments => client.Attachments;

        public IConversations Conversations => client.Conversations;

        public void Dispose()
        {
            // Owned by the cache.
        }
    }
}
