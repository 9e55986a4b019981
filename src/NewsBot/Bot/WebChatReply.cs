using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Answering;

namespace NewsBot.Bot;

/// <summary>
/// Renders an answer for Web Chat (the <c>webchat</c> and <c>directline</c> channels): the Markdown-escaped text with
/// its <c>[n]</c> markers, ended by one link definition per citation (<c>[1]: cite:1 "headline"</c>), and the
/// <see cref="CitationEntity"/>. Web Chat 4.18 turns each marker into a pill, lists the references under the message,
/// and opens a modal with the claim's <c>appearance.text</c> on a click, so the quotes are not repeated in the text.
/// The modal renders <c>text</c> as Markdown, so the quote is escaped there too. Web Chat follows
/// <c>appearance.url</c> instead of opening the modal, so no URL is given and the pill always shows the quote.
/// </summary>
internal static class WebChatReply
{
    public static IMessageActivity Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        var text = new StringBuilder(MarkdownText.EscapeAnswer(answer.Text, Answer.NotCoveredText));
        if (answer.Citations.Count > 0)
        {
            text.Append('\n');
            foreach (var citation in answer.Citations)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n[{citation.Number}]: cite:{citation.Number} \"{MarkdownText.Title(CitationEntity.Name(citation))}\"");
            }
        }

        var activity = MessageFactory.Text(text.ToString());
        activity.TextFormat = TextFormatTypes.Markdown;
        if (answer.Citations.Count > 0)
        {
            activity.Entities = [CitationEntity.Create(answer.Citations, MarkdownText.Escape, withUrl: false)];
        }

        return activity;
    }
}
