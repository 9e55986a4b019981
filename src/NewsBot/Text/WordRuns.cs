namespace NewsBot.Text;

/// <summary>The words of a text as names and content words are read: maximal runs of letters and digits, by position.</summary>
internal static class WordRuns
{
    /// <summary>Each run's start and length, in order; everything between runs (spaces, punctuation) is skipped.</summary>
    public static IEnumerable<(int Start, int Length)> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            yield return (start, i - start);
        }
    }
}
