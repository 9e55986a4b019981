using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Answering;
using NewsBot.Ingestion;

namespace NewsBot.Bot;

/// <summary>
/// Renders an answer for the Emulator and any channel without native citations: the text with its <c>[n]</c> markers,
/// then one reference line per citation with the quoted sentence, the article, its source and date, and the sentence's
/// exact location. Everything taken from an article is Markdown-escaped, and only <c>http</c>/<c>https</c> links go out.
/// </summary>
internal static class MarkdownReply
{
    public const int MaxQuoteLength = 400;
    public const int MaxHeadlineLength = 120;

    public static IMessageActivity Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        var text = new StringBuilder(MarkdownText.EscapeAnswer(answer.Text, Answer.NotCoveredText));
        if (answer.Citations.Count > 0)
        {
            text.Append("\n\n---\n\n**Sources**");
            foreach (var citation in answer.Citations)
            {
                text.Append("\n\n[").Append(citation.Number).Append("] ")
                    .Append(MarkdownText.Escape(CitationText.Quoted(CitationText.Truncate(citation.Quote, MaxQuoteLength))))
                    .Append(" — *").Append(MarkdownText.Escape(CitationText.Truncate(citation.Headline, MaxHeadlineLength))).Append('*');
                var byline = CitationText.Byline(citation);
                if (byline.Length > 0)
                {
                    text.Append(", ").Append(MarkdownText.Escape(byline));
                }

                if (ArticleUrl.Safe(citation.Url) is { } url)
                {
                    text.Append(" ([link](<").Append(url.AbsoluteUri).Append(">))");
                }

                var location = CitationText.Location(citation);
                text.Append(" · ").Append(location.Contains('`', StringComparison.Ordinal) ? MarkdownText.Escape(location) : $"`{location}`");
                if (citation.AlsoIn.Count > 0)
                {
                    text.Append(" (the same story also in ").Append(MarkdownText.Escape(string.Join(", ", citation.AlsoIn.Select(Path.GetFileName)))).Append(')');
                }
            }
        }

        var activity = MessageFactory.Text(text.ToString());
        activity.TextFormat = TextFormatTypes.Markdown;
        return activity;
    }
}
