using NewsBot.Text;

namespace NewsBot.Names;

/// <summary>
/// A word as <see cref="NameCatalog"/> compares it: a run of letters and digits, lower-cased with its accents removed
/// (Élysée is elysee), located in its text.
/// </summary>
internal readonly record struct NameWord(string Folded, string Written, int Start)
{
    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŞşȘșŢţȚțĂăÎîÂâ";
    private const string Plain = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsSsTtTtAaIiAa";

    public int End => Start + Written.Length;

    /// <summary>"US", "U" of "U.K.": written in capitals only.</summary>
    public bool IsAllCapitals => Written.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Written.Any(char.IsLetter);

    public bool IsCapitalised => char.IsUpper(Written[0]);

    public static List<NameWord> Split(string text) =>
        [.. WordRuns.Of(text).Select(run => Word(text.Substring(run.Start, run.Length), run.Start))];

    private static NameWord Word(string written, int start) => new(Fold(written), written, start);

    private static string Fold(string word) =>
        string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                var at = Accented.IndexOf(w[i], StringComparison.Ordinal);
                span[i] = char.ToLowerInvariant(at >= 0 ? Plain[at] : w[i]);
            }
        });
}
