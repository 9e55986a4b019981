using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot;

/// <summary>
/// The Bot Framework <see cref="CloudAdapter"/> with the turn boundary's error handling: a failure in a turn is
/// logged and the user gets an apology, and the bot keeps serving. When the failure was sending to the channel
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
