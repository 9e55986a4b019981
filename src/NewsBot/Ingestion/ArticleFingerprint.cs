using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Ingestion;

/// <summary>
/// Identifies a story whatever file or format carried it: SHA-256 of the body sentences joined by single spaces,
/// whitespace runs collapsed and letters lower-cased. Headlines, front matter and markup are left out, so the same
/// wire copy saved as text, Markdown and a web page has one fingerprint.
/// </summary>
public static class ArticleFingerprint
{
    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);

        var normalised = new StringBuilder();
        foreach (var sentence in article.Sentences.Where(s => s.Role == SentenceRole.Body))
        {
            foreach (var c in sentence.Text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (normalised.Length > 0 && normalised[^1] != ' ')
                    {
                        normalised.Append(' ');
                    }
                }
                else
                {
                    normalised.Append(char.ToLowerInvariant(c));
                }
            }

            normalised.Append(' ');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised.ToString().TrimEnd())));
    }
}
