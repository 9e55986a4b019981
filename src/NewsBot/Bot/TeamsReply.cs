using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Answering;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot;

/// <summary>
/// Renders an answer for Microsoft Teams: the Markdown-escaped text keeps its <c>[n]</c> markers and the
/// <see cref="CitationEntity"/> carries the citations, which Teams shows as numbered pills with pop-ups and the
/// "AI generated" label. Teams shows at most 20 citations; markers beyond the 20th are removed so none dangles.
/// <c>channelData.feedbackLoopEnabled</c> puts the thumbs up and down under the answer; Teams sends the reader's
/// choice back as a <c>message/submitAction</c> invoke. A cited answer never carries suggested actions: Teams then
/// renders the message as plain text and drops its citations, so <see cref="AnswerReplies"/> sends them separately.
/// </summary>
internal static partial class TeamsReply
{
    public const int MaxCitations = 20;

    public static IMessageActivity Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        var text = Markers().Replace(
            MarkdownText.EscapeAnswer(answer.Text, Answer.NotCoveredText),
            m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) <= MaxCitations ? m.Value : string.Empty);
        var activity = MessageFactory.Text(text);
        activity.TextFormat = TextFormatTypes.Markdown;
        activity.Entities = [Entity(answer)];
        activity.ChannelData = new JObject { ["feedbackLoopEnabled"] = true };
        return activity;
    }

    /// <summary>Teams shows <c>name</c> and <c>abstract</c> as plain text, so they and <c>text</c> are not escaped.</summary>
    internal static Entity Entity(Answer answer) =>
        CitationEntity.Create(answer.Citations.Take(MaxCitations), quote => quote, withUrl: true);

    [GeneratedRegex(@" ?\[(\d+)\]")]
    private static partial Regex Markers();
}
