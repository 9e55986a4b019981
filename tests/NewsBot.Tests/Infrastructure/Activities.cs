using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Tests.Infrastructure;

/// <summary>Bot Framework activities as a channel (the Emulator, Teams) sends them.</summary>
internal static class Activities
{
    public static JsonObject Message(string? text, string channelId = "emulator", string serviceUrl = "http://127.0.0.1:9/", bool expectReplies = true, string? conversationId = null)
    {
        var activity = Base("message", channelId, serviceUrl, expectReplies, conversationId);
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }

    /// <summary>An <c>invoke</c> activity, such as the <c>message/submitAction</c> Teams sends for feedback.</summary>
    public static JsonObject Invoke(string name, JsonNode? value, string channelId = "msteams", bool expectReplies = true, string? replyToId = null)
    {
        var activity = Base("invoke", channelId, expectReplies: expectReplies);
        activity["name"] = name;
        activity["value"] = value;
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        return activity;
    }

    /// <summary>A new conversation id; pass the same one to every turn of a conversation.</summary>
    public static string NewConversationId() => "conversation-" + Guid.NewGuid().ToString("N");

    public static JsonObject Base(string type, string channelId = "emulator", string serviceUrl = "http://127.0.0.1:9/", bool expectReplies = true, string? conversationId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = channelId,
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Reader" },
            ["recipient"] = new JsonObject { ["id"] = "newsbot", ["name"] = "NewsBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId ?? NewConversationId() },
            ["locale"] = "en-US",
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    /// <summary>Posts with <c>expectReplies</c> and returns the bot's replies from the response body.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ExchangeAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList();
    }

    public static IEnumerable<JsonElement> OfType(this IEnumerable<JsonElement> activities, string type) =>
        activities.Where(a => a.GetProperty("type").GetString() == type);

    public static string Text(this JsonElement activity) => activity.GetProperty("text").GetString() ?? string.Empty;
}
