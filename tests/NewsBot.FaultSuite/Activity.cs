using System.Text.Json.Nodes;

/// <summary>Bot Framework activities as a channel sends them.</summary>
internal static class Activity
{
    public static JsonObject Message(string text, string? conversationId = null, string serviceUrl = "http://127.0.0.1:9/", bool expectReplies = true, string userId = "reader-1", string channelId = "emulator")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = channelId,
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = userId },
            ["recipient"] = new JsonObject { ["id"] = "newsbot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId ?? "c-" + Guid.NewGuid().ToString("N") },
            ["text"] = text,
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }
}
