using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Bot;

/// <summary>
/// Text from articles (quotes, headlines, source names) made safe for clients that render Markdown and HTML
/// (Teams, Web Chat, the Emulator). Every character that could start Markdown or HTML markup is escaped with a
/// backslash, so a CommonMark renderer shows it literally and, for <c>&lt;</c> and <c>&amp;</c>, HTML-encodes it:
/// unescaping (dropping each backslash before ASCII punctuation) gives back the article's text character for
/// character. The answer's own markup — its <c>[n]</c> markers, the bold short answer that leads it and the fixed
/// sentences the bot writes itself — is kept.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>ASCII punctuation that Markdown (CommonMark and GFM) or HTML give a meaning to anywhere in a line.</summary>
    private const string Special = "\\`*_[]<>&~|";

    /// <summary>Escapes plain text for Markdown: <c>a *b* &lt;c&gt;</c> → <c>a \*b\* \&lt;c\&gt;</c>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Special.Contains(c, StringComparison.Ordinal) || (c is '#' or '+' or '-' or '=' && AtLineStart(text, i)) || (c is '.' or ')' && AfterLeadingDigits(text, i)))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Escapes an answer's text, keeping what the bot wrote as markup: the <c>[n]</c> markers, a leading
    /// <c>**short answer**</c>, and the <paramref name="ownMarkdown"/> sentences (such as the not-covered reply).
    /// </summary>
    public static string EscapeAnswer(string text, params ReadOnlySpan<string> ownMarkdown)
    {
        ArgumentNullException.ThrowIfNull(text);

        var result = new StringBuilder(text.Length + 16);
        var rest = text;
        foreach (var own in ownMarkdown)
        {
            if (own.Length > 0 && rest.StartsWith(own, StringComparison.Ordinal))
            {
                result.Append(own);
                rest = rest[own.Length..];
            }
        }

        if (LeadingBold().Match(rest) is { Success: true } lead)
        {
            result.Append("**").Append(Escape(lead.Groups["lead"].Value)).Append("**");
            rest = rest[(lead.Index + lead.Length)..];
        }

        var last = 0;
        foreach (Match marker in Markers().Matches(rest))
        {
            result.Append(EscapeParagraphs(rest[last..marker.Index])).Append(marker.Value);
            last = marker.Index + marker.Length;
        }

        return result.Append(EscapeParagraphs(rest[last..])).ToString();
    }

    /// <summary>A link title in double quotes (<c>[1]: cite:1 "title"</c>): one line, its quotes and backslashes escaped.</summary>
    public static string Title(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
    }

    /// <summary>Removes the backslash before every escaped ASCII punctuation character: the inverse of <see cref="Escape"/>.</summary>
    public static string Unescape(string markdown) => EscapedPunctuation().Replace(markdown, "$1");

    private static string EscapeParagraphs(string text) =>
        string.Join("\n\n", text.Split("\n\n").Select(Escape));

    private static bool AtLineStart(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        return j < 0 || text[j] == '\n';
    }

    private static bool AfterLeadingDigits(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && char.IsAsciiDigit(text[j]))
        {
            j--;
        }

        return j < i - 1 && AtLineStart(text, j + 1);
    }

    [GeneratedRegex(@"\A\*\*(?<lead>[^\n]+?)\*\*(?= ?\[\d+\])")]
    private static partial Regex LeadingBold();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Markers();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex EscapedPunctuation();
}
