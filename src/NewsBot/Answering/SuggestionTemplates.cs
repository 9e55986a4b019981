namespace NewsBot.Answering;

/// <summary>
/// Candidate follow-up questions about a sentence the reader has not seen yet, built from what the sentence names.
/// <para>
/// Rule. For a sentence s and the terms the conversation already knows K (compared without case), in this order:
/// "Tell me what {speaker} said" when s quotes a speaker; "What happened on {date}?" for each date of s not in K;
/// "Tell me about {name}" for each name of s not in K, except one-word names that read as an adjective or a demonym
/// (ending -ern, -ian, -ean, -ese, -ish, with or without a plural s: "Western", "Russians"), and one-word names seen
/// only where any word is capitalised — opening the sentence or a quote, or after a colon — since there a capital says
/// nothing and the word is as likely an imperative ("Ignore the rules" gives no "Tell me about Ignore"). Candidates longer than <see cref="MaxLength"/> characters, or
/// that would read as a follow-up themselves (<see cref="FollowUpRewriter.IsFollowUp"/>), are dropped: a suggestion must
/// mean the same thing whenever it is sent back.
/// </para>
/// </summary>
public static class SuggestionTemplates
{
    public const int MaxLength = 60;

    private const string ClauseOpeners = "\"“‘'(:—–-";

    private static readonly string[] AdjectivalEndings = ["ern", "ian", "ean", "ese", "ish"];

    public static IEnumerable<string> For(string sentence, IReadOnlySet<string> known)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(known);

        var candidates = new List<string>();
        if (KeyTerms.Speaker(sentence) is { } speaker)
        {
            candidates.Add($"Tell me what {speaker} said");
        }

        candidates.AddRange(KeyTerms.Dates(sentence).Where(d => !known.Contains(d)).Select(d => $"What happened on {d}?"));
        candidates.AddRange(KeyTerms.Names(sentence).Where(n => !known.Contains(n) && !IsAdjectival(n) && !OnlyClauseInitial(sentence, n)).Select(n => $"Tell me about {n}"));
        return candidates.Where(c => c.Length <= MaxLength && !FollowUpRewriter.IsFollowUp(c));
    }

    /// <summary>True for a one-word name whose every occurrence opens the sentence, a quote or a clause after a colon.</summary>
    private static bool OnlyClauseInitial(string sentence, string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        for (var at = sentence.IndexOf(name, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            var wholeWord = (at == 0 || !char.IsLetterOrDigit(sentence[at - 1])) && (end == sentence.Length || !char.IsLetterOrDigit(sentence[end]));
            var before = sentence.AsSpan(0, at).TrimEnd();
            if (wholeWord && before.Length > 0 && !ClauseOpeners.Contains(before[^1]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAdjectival(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var word = name.EndsWith('s') ? name[..^1] : name;
        return AdjectivalEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));
    }
}
