using System.Text.RegularExpressions;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>The candidates of one part of a question asked in parts (<see cref="QuestionParts"/>), in the order its composer reads them.</summary>
public static partial class PartCandidates
{
    /// <summary>
    /// The part's candidates with those holding what it asks for first, in rank order either side: the kind of value a
    /// when or how-much part asks (a size, a duration, a count, a date: <see cref="AnswerType.Offers"/>,
    /// <see cref="AskedValue.HeldBy"/>), a place a where part asks that it does not name ("near the harbour town
    /// of Kendal"), or for "what is the &lt;noun&gt; called?" a name given to that noun ("the Millbrook
    /// public library", "a library named Millbrook"). A part is a short ask whose subject was searched at low weight, so
    /// sentences about the subject outrank the one stating what is asked, which the composer would then never read
    /// among its leads. A candidate holds it when the statement the composer would give for it does
    /// (<see cref="StatementSentences"/>). Among those holding it, the ones whose context holds what the part asks happened
    /// (<see cref="AskedPredicate"/>: "based" in "where is the company based?") come first.
    /// </summary>
    public static IReadOnlyList<Passage> Ordered(string ask, IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(passages);

        var holds = Holder(ask);
        if (holds is null)
        {
            return passages;
        }

        // Held by the statement the composer would give, which brings the sentences the retrieved one needs or that
        // continue it ("She took the chair in 2011…" after "Dame Ruth Kay, who…"). Among those holding it, the ones whose
        // context also holds what the part asks happened ("based") first.
        var predicate = AskedPredicate.Of(ask);
        return passages.OrderBy(p => !holds(Statement(p, ask)) ? 2 : predicate is null || predicate.HeldBy(p) ? 0 : 1).ToList();
    }

    private static string Statement(Passage passage, string ask) =>
        string.Join(' ', StatementSentences.Of(passage.Article, passage.Sentence, new AnswerProgress(ask)).Select(s => s.Text).DefaultIfEmpty(passage.Sentence.Text));

    private static Func<string, bool>? Holder(string ask)
    {
        if (AskedTopic.NamedNoun(ask) is { Length: > 0 } noun && !KeyTerms.IsCapitalised(noun))
        {
            var asked = KeyTerms.Words(ask).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return sentence => Named(sentence, noun, asked);
        }

        var value = AskedValue.Of(ask);
        var kind = AnswerType.Expected(ask);
        if (value.Dimension != Dimension.Any)
        {
            return sentence => value.Measures(sentence) && AnswerType.Offers(kind, sentence, ask) && value.HeldBy(sentence);
        }

        if (kind == AnswerKind.Place)
        {
            var asked = KeyTerms.Words(ask).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return sentence => PlaceGiven().Matches(sentence).Any(m => !asked.Contains(m.Groups["name"].Value));
        }

        if (kind is not (AnswerKind.Number or AnswerKind.Date))
        {
            return null;
        }

        return sentence => AnswerType.Offers(kind, sentence, ask) && value.HeldBy(sentence);
    }

    /// <summary>True when <paramref name="sentence"/> gives <paramref name="noun"/> a name the question does not hold: "Millbrook public library", "library named Millbrook".</summary>
    private static bool Named(string sentence, string noun, HashSet<string> asked)
    {
        foreach (var at in AnswerType.AllIndexes(sentence, noun))
        {
            var before = NameBefore().Match(sentence[..at]);
            var after = NameAfter().Match(sentence[(at + noun.Length)..]);
            if ((before.Success && before.Index > 0 && !asked.Contains(before.Groups["name"].Value)) || (after.Success && !asked.Contains(after.Groups["name"].Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A place given after a preposition, perhaps past a few describing words: "in Kendal", "at Mill Hall", "near the harbour town of Kendal".</summary>
    [GeneratedRegex(@"\b(?:in|at|near|outside|inside|from)\s+(?:the\s+|a\s+)?(?:[\p{Ll}-]+\s+){0,3}(?<name>\p{Lu}[\p{L}-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceGiven();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}\p{N}'’-]*)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"^,?\s+(?:called|named|known\s+as)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}\p{N}'’-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NameAfter();
}
