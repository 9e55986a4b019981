using System.Runtime.ExceptionServices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;
using NewsBot.State;

namespace NewsBot.Bot;

/// <summary>
/// The Bot Framework <see cref="CloudAdapter"/> with the turn boundary's error handling: a failure in a turn is
/// logged and the user gets an apology, and the bot keeps serving; a turn that could not reach the shared state
/// database is not apologised for but refused with 503 (<see cref="StateUnavailableException"/>). When the failure was sending to the channel
/// itself (a timeout, a refused connection, an error status from the <c>serviceUrl</c>), no apology is attempted: it
/// would take the same road and hold the request for another timeout.
/// </summary>
public sealed class ErrorHandlingAdapter : CloudAdapter
{
    public ErrorHandlingAdapter(BotFrameworkAuthentication authentication, ILogger<ErrorHandlingAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            // Without the shared state the turn cannot be answered right: the request gets 503 with Retry-After
            // (BotEndpoint), and the channel may send it again, rather than an apology and a lost question.
            if (FindStateUnavailable(exception) is { } unavailable)
            {
                ExceptionDispatchInfo.Capture(unavailable).Throw();
            }

            if (IsSendFailure(exception))
            {
                Log.SendFailed(logger, exception.Message);
                return;
            }

            Log.TurnFailed(logger, turnContext.Activity?.Type, turnContext.Activity?.ChannelId, exception);
            try
            {
                await turnContext.SendActivityAsync("Sorry, something went wrong while answering. Please try again.").ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The turn boundary: whatever stops the apology (an unreachable or invalid serviceUrl, a broken activity) is logged, never thrown back to the channel as a 500.
            catch (Exception sendFailure)
#pragma warning restore CA1031
            {
                Log.ApologyFailed(logger, sendFailure.Message);
            }
        };
    }

    internal static StateUnavailableException? FindStateUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is StateUnavailableException unavailable)
            {
                return unavailable;
            }
        }

        return null;
    }

    /// <summary>Whether the exception came from talking to the channel (the connector's HTTP call), not from the bot.</summary>
    internal static bool IsSendFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or TimeoutException or TaskCanceledException or Microsoft.Rest.HttpOperationException or Microsoft.Bot.Schema.ErrorResponseException)
            {
                return true;
            }
        }

        return false;
    }
}
