using System.Text.Json;

namespace NewsBot.Bot;

/// <summary>
/// A look at a posted activity before the adapter reads it, for what the adapter would accept but the bot should not:
/// a conversation id longer than <see cref="BotOptions.MaxConversationIdLength"/> (it keys memory and rate limits), and a
/// missing or non-web <c>serviceUrl</c>, named in words a client can act on.
/// A body that is not a JSON object is left for the adapter to refuse.
/// </summary>
internal static class ActivityEnvelope
{
    /// <summary>Why the activity is refused, or null.</summary>
    public static async Task<string?> RefusalAsync(Stream body, int maxConversationIdLength, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (ServiceUrlRefusal(document.RootElement) is { } noAddress)
            {
                return noAddress;
            }

            if (document.RootElement.TryGetProperty("conversation", out var conversation)
                && conversation.ValueKind == JsonValueKind.Object
                && conversation.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                && id.GetString()!.Length > maxConversationIdLength)
            {
                return $"the conversation id is {id.GetString()!.Length:N0} characters long (limit {maxConversationIdLength:N0})";
            }
        }

        return null;
    }

    /// <summary>
    /// Why the activity's <c>serviceUrl</c>, where the channel takes the replies, is refused: missing, or not an absolute
    /// http or https address ("file:///etc/passwd"). The adapter would fail on it with words of its own.
    /// </summary>
    private static string? ServiceUrlRefusal(JsonElement activity)
    {
        if (!activity.TryGetProperty("serviceUrl", out var serviceUrl) || serviceUrl.ValueKind != JsonValueKind.String || serviceUrl.GetString() is not { Length: > 0 } address)
        {
            return "the activity has no serviceUrl, the channel's address for the replies";
        }

        return Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : "the activity's serviceUrl is not an absolute http or https address";
    }
}
