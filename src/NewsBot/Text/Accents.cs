using Lucene.Net.Analysis.Miscellaneous;

namespace NewsBot.Text;

/// <summary>
/// A name as typed in chat, without its accents: a reader writes "Celik" where the article writes "Çelik", "Elysee"
/// for "Élysée", "Tromso" for "Tromsø". The search's own folding table does it (Lucene's ASCII folding), since
/// <see cref="string.Normalize()"/> leaves non-ASCII text unchanged under the invariant globalization this app runs
/// with. Case is kept; typographic quotes and dashes become their ASCII forms.
/// </summary>
public static class Accents
{
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (text.All(char.IsAscii))
        {
            return text;
        }

        var input = text.ToCharArray();
        var folded = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, folded, 0, input.Length);
        return new string(folded, 0, length);
    }
}
