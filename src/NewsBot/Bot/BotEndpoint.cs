using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Answering;
using NewsBot.State;

namespace NewsBot.Bot;

/// <summary>Registers the Bot Framework pieces and maps <c>POST /api/messages</c>.</summary>
public static class BotEndpoint
{
    public const string Route = "/api/messages";

    /// <summary>
    /// Bot Framework authentication reads <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>
    /// and <c>MicrosoftAppType</c> from <paramref name="configuration"/>. Without an app id it accepts unauthenticated
    /// requests (the Emulator on a developer's machine); with one, every request must carry a valid token.
    /// </summary>
    public static IServiceCollection AddBotEndpoint(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ConnectorClientCache>();
        services.AddSingleton<ConnectorHttpClientFactory>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new GuardedAuthentication(
            new CachingBotFrameworkAuthentication(
                new ConfigurationBotFrameworkAuthentication(
                    configuration,
                    httpClientFactory: sp.GetRequiredService<ConnectorHttpClientFactory>(),
                    logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
                sp.GetRequiredService<ConnectorClientCache>()),
            sp.GetRequiredService<IOptions<BotOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<GuardedAuthentication>>()));
        services.AddHttpContextAccessor();
        services.AddSingleton<IBotFrameworkHttpAdapter, ErrorHandlingAdapter>();
        services.AddTransient<IBot, NewsBotHandler>();

        // By default conversation memory and rate limits live in the process, and memory expires
        // (ExpiringMemoryStorage): it is small, and a restart forgetting the last question costs a reader one rephrased
        // follow-up. Hosting registers the fleet's shared ones first (PostgresStorage, PostgresRateLimiter) when
        // Coverage:Store is Postgres.
        services.TryAddSingleton<ITurnRateLimiter, ConversationRateLimiter>();
        services.TryAddSingleton<IStorage, ExpiringMemoryStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton(sp => sp.GetRequiredService<ConversationState>().CreateProperty<ConversationMemory>(nameof(ConversationMemory)));
        return services;
    }

    /// <summary>
    /// Conversation memory and rate limits in the fleet's shared database (<see cref="PostgresStorage"/>,
    /// <see cref="PostgresRateLimiter"/>) instead of the process's own; registered before <see cref="AddBotEndpoint"/>.
    /// </summary>
    public static IServiceCollection AddSharedConversationState(this IServiceCollection services)
    {
        services.AddSingleton<PostgresStorage>();
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<PostgresStorage>());
        services.AddSingleton<PostgresRateLimiter>();
        services.AddSingleton<ITurnRateLimiter>(sp => sp.GetRequiredService<PostgresRateLimiter>());
        return services;
    }

    public static IEndpointRouteBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, HandleAsync);
        return endpoints;
    }

    private static bool IsInvalidActivity(Exception ex) =>
        ex is UriFormatException or ArgumentException or InvalidOperationException or FormatException or Newtonsoft.Json.JsonException;

    /// <summary>Failures of the reply path (the connector's HTTP call to the channel) that escape a turn: 502, never 500.</summary>
    private static bool IsChannelFailure(Exception ex) =>
        ex is HttpRequestException or TimeoutException or Microsoft.Rest.HttpOperationException or Microsoft.Rest.ValidationException or Microsoft.Bot.Schema.ErrorResponseException;

    private static async Task HandleAsync(HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, IOptions<BotOptions> options, ILogger<NewsBotHandler> logger)
    {
        // Only JSON: a form or text/plain post is what a web page may send cross-origin without asking (no CORS
        // preflight), so refusing it keeps pages in a local browser from talking to a local bot.
        if (!context.Request.HasJsonContentType())
        {
            var notJson = $"the content type '{context.Request.ContentType}' is not JSON; post the activity as application/json";
            Log.BadRequest(logger, StatusCodes.Status415UnsupportedMediaType, notJson);
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, notJson).ConfigureAwait(false);
            return;
        }

        var limit = options.Value.MaxRequestBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            Log.RequestTooLarge(logger, context.Request.ContentLength.Value, limit);
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, TooLarge(limit)).ConfigureAwait(false);
            return;
        }

        try
        {
            context.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: limit);
            if (await ActivityEnvelope.RefusalAsync(context.Request.Body, options.Value.MaxConversationIdLength, context.RequestAborted).ConfigureAwait(false) is { } refusal)
            {
                Log.BadRequest(logger, StatusCodes.Status400BadRequest, refusal);
                await RefuseAsync(context, StatusCodes.Status400BadRequest, refusal).ConfigureAwait(false);
                return;
            }

            context.Request.Body.Position = 0;
            await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted).ConfigureAwait(false);

            // The adapter answers a body it cannot read as an activity (not JSON, no type) with a bare 400, and logs it.
            if (context.Response.StatusCode == StatusCodes.Status400BadRequest && !context.Response.HasStarted)
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, NotAnActivity).ConfigureAwait(false);
            }
        }
        catch (SigningKeysUnavailableException ex) when (!context.Response.HasStarted)
        {
            Log.BadRequest(logger, StatusCodes.Status503ServiceUnavailable, ex.Message);
            context.Response.Headers.RetryAfter = options.Value.SigningKeyRetrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, "the channel's signing keys could not be fetched to check the request's token; retry later").ConfigureAwait(false);
        }
        catch (StateUnavailableException ex) when (!context.Response.HasStarted)
        {
            Log.StateUnavailable(logger, options.Value.StateRetrySeconds, ex.Message);
            context.Response.Headers.RetryAfter = options.Value.StateRetrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, "the conversation's state could not be read or saved; retry later").ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            Log.BadRequest(logger, ex.StatusCode, ex.Message);
            await RefuseAsync(context, ex.StatusCode, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge(limit) : ex.Message).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsInvalidActivity(ex) && !context.Response.HasStarted)
        {
            // The adapter validates the activity (conversation id, serviceUrl, …) before the turn starts, by throwing;
            // errors inside a turn never get here, they are handled by the adapter's OnTurnError. What the activity's
            // parsing or checks say of it goes back to the client; any other failure's words stay in the log.
            Log.BadRequest(logger, StatusCodes.Status400BadRequest, ex.Message);
            await RefuseAsync(context, StatusCodes.Status400BadRequest, ex is InvalidOperationException ? NotAnActivity : $"the activity is not valid: {ex.Message}").ConfigureAwait(false);
        }
        catch (Exception ex) when (IsChannelFailure(ex) && !context.Response.HasStarted)
        {
            Log.BadRequest(logger, StatusCodes.Status502BadGateway, ex.Message);
            await RefuseAsync(context, StatusCodes.Status502BadGateway, "the reply could not be delivered to the channel").ConfigureAwait(false);
        }
    }

    private const string NotAnActivity = "the activity is not valid: the body must be one Bot Framework activity, a JSON object with at least a type";

    private static string TooLarge(long limit) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the request is over {limit:N0} bytes");

    /// <summary>
    /// Ends the request with <paramref name="status"/> and a body saying why, in the shape the Bot Framework's own
    /// services give an error (<c>{"error": {"code", "message"}}</c>), so a client sees what to fix without the bot's
    /// log. The message is the bot's own words; a failure's inner detail (a channel's or a database's) stays in the log.
    /// </summary>
    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        var code = status switch
        {
            StatusCodes.Status413PayloadTooLarge => "MessageSizeTooBig",
            StatusCodes.Status415UnsupportedMediaType => "UnsupportedMediaType",
            StatusCodes.Status502BadGateway => "ServiceError",
            StatusCodes.Status503ServiceUnavailable => "ServiceUnavailable",
            _ => "BadArgument",
        };
        return context.Response.WriteAsJsonAsync(new { error = new { code, message } }, context.RequestAborted);
    }
}
