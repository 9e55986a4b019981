using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Bot;

/// <summary>
/// Bot Framework authentication with bounded waits and honest status codes, around the SDK's own validation.
/// <para>
/// The SDK caches the channel's OpenID metadata and signing keys per metadata URL once fetched (a refresh that fails
/// keeps the cached keys), but it fetches them with an HTTP client of its own that waits 100 s, and while no key set
/// was ever fetched every request starts a fetch of its own. Here a request waits at most
/// <see cref="BotOptions.SigningKeyTimeoutSeconds"/>; a fetch that fails or times out makes requests for the next
/// <see cref="BotOptions.SigningKeyRetrySeconds"/> fail at once (<see cref="SigningKeysUnavailableException"/>, 503) rather
/// than queue behind it. Every other failure to validate (malformed, unsigned, <c>alg: none</c>, wrongly signed,
/// expired) becomes <see cref="UnauthorizedAccessException"/>, which the adapter answers 401.
/// </para>
/// </summary>
public sealed class GuardedAuthentication(BotFrameworkAuthentication inner, IOptions<BotOptions> options, TimeProvider time, ILogger<GuardedAuthentication> logger)
    : BotFrameworkAuthentication
{
    private long _unavailableUntil;

    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken), cancellationToken);

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken), cancellationToken);

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken), cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    /// <summary>Whether an exception says the keys could not be fetched, as opposed to the token being bad.</summary>
    internal static bool IsKeyFetchFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or IOException or TimeoutException or TaskCanceledException)
            {
                return true;
            }
        }

        return false;
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> authenticate, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow().UtcTicks < Interlocked.Read(ref _unavailableUntil))
        {
            throw new SigningKeysUnavailableException("The channel's signing keys could not be fetched a moment ago; not trying again yet.");
        }

        try
        {
            return await authenticate().WaitAsync(TimeSpan.FromSeconds(options.Value.SigningKeyTimeoutSeconds), time, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (IsKeyFetchFailure(ex))
        {
            Interlocked.Exchange(ref _unavailableUntil, time.GetUtcNow().AddSeconds(options.Value.SigningKeyRetrySeconds).UtcTicks);
            Log.SigningKeysUnavailable(logger, options.Value.SigningKeyRetrySeconds, ex.Message);
            throw new SigningKeysUnavailableException("The channel's signing keys could not be fetched.", ex);
        }
#pragma warning disable CA1031 // The token boundary: whatever the validator throws for a token it cannot accept means "not authenticated".
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw new UnauthorizedAccessException($"The token was refused: {ex.Message}", ex);
        }
    }
}
