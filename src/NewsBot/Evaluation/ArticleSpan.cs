using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Evaluation;

/// <summary>
/// A stretch of an article's text named by position rather than quoted: characters <see cref="Start"/> to
/// <see cref="End"/> (UTF-16 code units, as a citation counts them) of the article's text. A question set written this
/// way holds no text of the articles it is about, so it can be kept where the articles may not be.
/// <see cref="Check"/>, when given, is the first eight hex digits of the SHA-256 of the stretch's UTF-8 bytes, so a
/// corpus whose text changed is reported instead of giving wrong gold.
/// </summary>
public sealed record ArticleSpan(string ArticleId, int Start, int End, string? Check = null)
{
    /// <summary>The stretch of <paramref name="text"/>, or why it cannot be read from it.</summary>
    public (string? Text, string? Error) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (Start < 0 || End > text.Length || Start >= End)
        {
            return (null, $"characters {Start}–{End} are outside {ArticleId} ({text.Length} characters)");
        }

        var stretch = text[Start..End];
        return Check is { Length: > 0 } check && !string.Equals(CheckOf(stretch), check, StringComparison.OrdinalIgnoreCase)
            ? (null, $"characters {Start}–{End} of {ArticleId} are not the text the set was written against (check {check}, found {CheckOf(stretch)})")
            : (stretch, null);
    }

    /// <summary>The check a set writes beside a stretch of text.</summary>
    public static string CheckOf(string stretch) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stretch)))[..8];
}
