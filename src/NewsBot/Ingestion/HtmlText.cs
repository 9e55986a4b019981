using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Ingestion;

/// <summary>
/// Turns HTML into article plain text: the text blocks (paragraphs, subheadings, list items, quotes) in document order,
/// whitespace inside each collapsed to single spaces, blocks separated by a blank line. Boilerplate is removed first:
/// scripts and styles, navigation, headers and footers, asides, forms, figures, and any element whose class or id
/// names an ad, a cookie or consent banner, a newsletter or share box, related links or comments.
/// </summary>
public static class HtmlText
{
    private const string Blocks = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";

    private const string Boilerplate =
        "script, style, noscript, template, iframe, svg, canvas, form, button, nav, header, footer, aside, figure, " +
        "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";

    private const string ArticleRoots = "article, main, [itemprop=articleBody]";

    private static readonly HashSet<string> BoilerplateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "advert", "advertisement", "adslot", "sponsored", "promo", "cookie", "cookies", "consent", "gdpr",
        "banner", "newsletter", "subscribe", "paywall", "share", "social", "related", "recommended", "comments",
        "comment", "sidebar", "breadcrumb", "breadcrumbs", "masthead", "menu", "nav", "footer", "popup", "modal",
    };

    /// <summary>The plain text of an HTML fragment, such as a feed item's description.</summary>
    public static string FromFragment(string html)
    {
        ArgumentNullException.ThrowIfNull(html);

        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        return Extract(document.Body!);
    }

    /// <summary>Removes boilerplate from <paramref name="root"/> in place.</summary>
    public static void RemoveBoilerplate(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);

        foreach (var element in root.QuerySelectorAll(Boilerplate).ToList())
        {
            element.Remove();
        }

        foreach (var element in root.QuerySelectorAll("[class], [id]").Where(IsBoilerplate).ToList())
        {
            element.Remove();
        }
    }

    /// <summary>The blocks under <paramref name="root"/>; a root without block elements yields its whole text as one block.</summary>
    public static string Extract(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);

        // Innermost blocks only: a <li> holding a <p> contributes the paragraph once.
        var blocks = root.QuerySelectorAll(Blocks)
            .Where(e => e.QuerySelector(Blocks) is null)
            .Select(e => Collapse(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        if (blocks.Count == 0 && Collapse(root.TextContent) is { Length: > 0 } whole)
        {
            blocks.Add(whole);
        }

        return string.Join("\n\n", blocks);
    }

    private static bool IsBoilerplate(IElement element)
    {
        // A wrapper named for its layout ("content-with-sidebar") may still hold the story; keep it.
        if (element.Matches(ArticleRoots) || element.QuerySelector(ArticleRoots) is not null)
        {
            return false;
        }

        var names = $"{element.ClassName} {element.Id}";
        return names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(BoilerplateWords.Contains);
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
