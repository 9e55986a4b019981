using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Answering;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot;

/// <summary>
/// Renders an answer for Microsoft Teams: the text keeps its <c>[n]</c> markers and one root schema.org
/// <c>Message</c> entity carries the citations, which Teams shows as numbered pop-ups with the "AI generated" label.
/// Teams limits: at most 20 citations, a <c>name</c> of 1–80 characters and an <c>abstract</c> of at most 160.
/// Markers beyond the 20th are removed from the text so none dangles. <c>channelData.feedbackLoopEnabled</c> puts the
/// thumbs up and down under the answer; Teams sends the reader's choice back as a <c>message/submitAction</c> invoke.
/// </summary>
internal static partial class TeamsReply
{
    public const int MaxCitations = 20;
    public const int MaxNameLength = 80;
    public const int MaxAbstractLength = 160;

    public static IMessageActivity Render(Answer answer)
    {
        var text = Markers().Replace(answer.Text, m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) <= MaxCitations ? m.Value : string.Empty);
        var activity = MessageFactory.Text(text);
        activity.TextFormat = TextFormatTypes.Markdown;
        activity.Entities = [Entity(answer)];
        activity.ChannelData = new JObject { ["feedbackLoopEnabled"] = true };
        return activity;
    }

    internal static Entity Entity(Answer answer)
    {
        var citations = new JArray();
        foreach (var citation in answer.Citations.Take(MaxCitations))
        {
            var appearance = new JObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Name(citation),
                ["abstract"] = CitationText.Truncate(citation.Quote, MaxAbstractLength),
            };
            if (citation.Url is { } url)
            {
                appearance["url"] = url.AbsoluteUri;
            }

            citations.Add(new JObject { ["@type"] = "Claim", ["position"] = citation.Number, ["appearance"] = appearance });
        }

        var entity = new Entity("https://schema.org/Message");
        entity.Properties["@type"] = "Message";
        entity.Properties["@context"] = "https://schema.org";
        entity.Properties["@id"] = string.Empty;
        entity.Properties["additionalType"] = new JArray("AIGeneratedContent");
        entity.Properties["citation"] = citations;
        return entity;
    }

    private static string Name(Citation citation)
    {
        var name = string.IsNullOrWhiteSpace(citation.Headline) ? $"Article {citation.ArticleId}" : citation.Headline;
        return CitationText.Truncate(name, MaxNameLength);
    }

    [GeneratedRegex(@" ?\[(\d+)\]")]
    private static partial Regex Markers();
}
