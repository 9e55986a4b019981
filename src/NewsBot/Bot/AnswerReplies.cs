using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using NewsBot.Answering;

namespace NewsBot.Bot;

/// <summary>
/// The messages that carry an answer on a channel, the answer first: Teams gets <see cref="TeamsReply"/>, Web Chat
/// over Direct Line <see cref="WebChatReply"/>, and the Emulator and every other channel <see cref="MarkdownReply"/>
/// with its Sources list. Suggested follow-ups ride on the answer, except on a cited Teams answer, which Teams would
/// then show as plain text without its citations: there they follow in a short message of their own.
/// </summary>
internal static class AnswerReplies
{
    public const string SuggestionsText = "You could ask next:";

    public static IReadOnlyList<IActivity> Render(string? channelId, Answer answer, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(suggestions);

        var buttons = SuggestionButtons.Render(suggestions);
        var reply = channelId switch
        {
            Channels.Msteams => TeamsReply.Render(answer),
            Channels.Directline or Channels.Webchat => WebChatReply.Render(answer),
            _ => MarkdownReply.Render(answer),
        };
        if (buttons is null)
        {
            return [reply];
        }

        if (channelId == Channels.Msteams && answer.Citations.Count > 0)
        {
            var next = MessageFactory.Text(SuggestionsText);
            next.SuggestedActions = buttons;
            return [reply, next];
        }

        reply.SuggestedActions = buttons;
        return [reply];
    }
}
