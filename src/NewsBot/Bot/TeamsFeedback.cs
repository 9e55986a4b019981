using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot;

/// <summary>
/// A reader's thumbs up or down on an answer in Teams, from the <c>message/submitAction</c> invoke that
/// <c>channelData.feedbackLoopEnabled</c> turns on. Its value is
/// <c>{ "actionName": "feedback", "actionValue": { "reaction": "like" | "dislike", "feedback": "{\"feedbackText\":\"…\"}" } }</c>,
/// the feedback being JSON inside a string. Anything else parses as no feedback; a reaction other than like or dislike
/// reads as "unknown" so that no free text reaches the log through it.
/// </summary>
internal sealed record TeamsFeedback
{
    public const string InvokeName = "message/submitAction";

    public required string Reaction { get; init; }

    public required string Text { get; init; }

    public static TeamsFeedback? Parse(object? value)
    {
        if (ToObject(value) is not { } root || !string.Equals((string?)root["actionName"], "feedback", StringComparison.Ordinal))
        {
            return null;
        }

        var actionValue = root["actionValue"] as JObject;
        var reaction = (string?)actionValue?["reaction"] is "like" or "dislike" ? (string)actionValue!["reaction"]! : "unknown";
        var text = actionValue?["feedback"] switch
        {
            JValue { Type: JTokenType.String } json => FeedbackText((string)json!),
            JObject inner => (string?)inner["feedbackText"],
            _ => null,
        };
        return new TeamsFeedback { Reaction = reaction, Text = text ?? string.Empty };
    }

    private static JObject? ToObject(object? value)
    {
        try
        {
            return value switch
            {
                JObject o => o,
                string s => JObject.Parse(s),
                null => null,
                _ => JObject.FromObject(value),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? FeedbackText(string json)
    {
        try
        {
            return JToken.Parse(json) is JObject inner ? (string?)inner["feedbackText"] : json;
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
