using System.Text.Json;

namespace NewsBot.Bot;

/// <summary>
/// A look at a posted activity before the adapter reads it, for what the adapter would accept but the bot should not:
/// a conversation id longer than <see cref="BotOptions.MaxConversationIdLength"/> (it keys memory and rate limits).
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
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("conversation", out var conversation)
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
}
