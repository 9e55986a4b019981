namespace NewsBot.Text;

/// <summary>How close two spellings of a word are, for names a reader types otherwise than the coverage writes them.</summary>
public static class Spelling
{
    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> by one edit: a letter replaced, added, dropped or two swapped.</summary>
    public static bool OneEditApart(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length && i == b.Length)
        {
            return false;
        }

        var swapped = i + 1 < a.Length && a.Length == b.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        return swapped
            || (a.Length == b.Length && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            || (a.Length > b.Length && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)))
            || (a.Length < b.Length && a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1)));
    }
}
