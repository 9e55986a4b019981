using System.Globalization;
using System.Text;
using NewsBot.Text;

namespace NewsBot.Embeddings;

/// <summary>
/// Puts text into the shape the embedding model's tokenizer expects.
/// </summary>
/// <remarks>
/// The ArcticXs tokenizer splits words only on a space (and "\r\n"), lower-cases, and looks words up in an accent-free
/// English vocabulary; it splits punctuation off only for ASCII quotes and hyphens. So, in order:
/// <list type="number">
/// <item>fold to ASCII where a folding exists: é → e, ß → ss, ’ → ', “ → ", – and — → - (<see cref="Accents.Strip"/>, Lucene's ASCII folding table);</item>
/// <item>map any remaining dash (Unicode category Pd) and the minus sign to '-';</item>
/// <item>drop combining marks (category Mn), so decomposed accents (e + U+0301) go too;</item>
/// <item>collapse every run of whitespace, newlines included, to one space, and trim.</item>
/// </list>
/// The textbook "NFD then drop Mn" is not used because <see cref="string.Normalize(NormalizationForm)"/> silently returns its
/// input unchanged under InvariantGlobalization, which this app runs with; the folding table gives the same result for Latin
/// script on every platform. The function is idempotent, and its output keys the embedding cache.
/// </remarks>
public static class EmbeddingText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var folded = Accents.Strip(text);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(category == UnicodeCategory.DashPunctuation || c == '\u2212' ? '-' : c);
        }

        return builder.ToString();
    }
}
