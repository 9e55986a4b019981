using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Answering;

namespace NewsBot.Bot;

/// <summary>
/// Renders an answer for the Emulator and Web Chat: the text with its <c>[n]</c> markers, then one reference line per
/// citation with the quoted sentence, the article, its source and date, and the sentence's exact location.
/// </summary>
internal static class MarkdownReply
{
    public static IMessageActivity Render(Answer answer)
    {
        var text = new StringBuilder(answer.Text);
        if (answer.Citations.Count > 0)
        {
            text.Append("\n\n---\n\n**Sources**");
            foreach (var citation in answer.Citations)
            {
                text.Append("\n\n[").Append(citation.Number).Append("] “").Append(CitationText.Truncate(citation.Quote, 400)).Append("” — *")
                    .Append(CitationText.Truncate(citation.Headline, 120)).Append('*');
                var byline = CitationText.Byline(citation);
                if (byline.Length > 0)
                {
                    text.Append(", ").Append(byline);
                }

                if (citation.Url is { } url)
                {
                    text.Append(" ([link](").Append(url.AbsoluteUri).Append("))");
                }

                text.Append(" · `").Append(CitationText.Location(citation)).Append('`');
                if (citation.AlsoIn.Count > 0)
                {
                    text.Append(" (the same story also in ").Append(string.Join(", ", citation.AlsoIn.Select(Path.GetFileName))).Append(')');
                }
            }
        }

        var activity = MessageFactory.Text(text.ToString());
        activity.TextFormat = TextFormatTypes.Markdown;
        return activity;
    }
}
