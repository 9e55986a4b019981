using NewsBot.Text;

namespace NewsBot.Names;

/// <summary>
/// A word as <see cref="NameCatalog"/> compares it: a run of letters and digits, lower-cased with its accents removed
/// (Élysée is elysee), located in its text.
/// </summary>
internal readonly record struct NameWord(string Folded, string Written, int Start)
{
    public int End => Start + Written.Length;

    /// <summary>"US", "U" of "U.K.": written in capitals only.</summary>
    public bool IsAllCapitals => Written.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Written.Any(char.IsLetter);

    public bool IsCapitalised => char.IsUpper(Written[0]);

    public static List<NameWord> Split(string text) =>
        [.. WordRuns.Of(text).Select(run => Word(text.Substring(run.Start, run.Length), run.Start))];

    private static NameWord Word(string written, int start) => new(Fold(written), written, start);

    /// <summary>Lower case without accents (<see cref="Accents.Strip"/>), so "Erdogan" typed matches "Erdoğan" written.</summary>
    private static string Fold(string word) => Accents.Strip(word).ToLowerInvariant();
}
