using System.Text.RegularExpressions;

namespace NewsBot.Answering;

/// <summary>
/// Splits a question that asks two things ("How long is the bridge, and which company built it?") into
/// questions that can each be answered from one sentence, as an editor's two-part question usually needs two articles.
/// <para>
/// A part ends before "and", ", but", ";", ":" or " - " that opens a new question word (what, which, who, whom, whose,
/// where, when, why, how), perhaps after one adverb ("and exactly when…", "and also who…"); a bare comma does not,
/// as it usually opens a relative clause ("the architect, who…"). A first part that asks nothing ("<a roof> fell in
/// on Sunday - when will the hall reopen, and …?") is context: it is the background of every part. Otherwise each later
/// part has the first part's names (words capitalised past its first word) as its background, since it refers back to
/// them ("…, and how many looms does the unit still run?"); its question word leads it, so the kind of answer
/// it asks for is read from it. A part is retrieved for its ask, read against its background at a lower weight
/// (<see cref="Retrieval.CoverageIndex.RetrieveAsync(string, string?, int, CancellationToken)"/>). A later part's
/// referring word ("it", "the unit", "the group") stands for the first part's first name, searched with the ask at
/// full weight; "that company" after a who or which part stands for whom the first part's answer names
/// (<see cref="Resolved"/>). A relative clause that only identifies what is asked about is searched as background
/// (<see cref="Identifying"/>), and the candidates holding what the part asks come first (<see cref="PartCandidates"/>).
/// A part's premises are its own ask's names: the subject it refers back to and the clause are searched, not required.
/// A question with one ask is one part.
/// </para>
/// </summary>
public static partial class QuestionParts
{
    /// <summary>The parts as questions of their own, each with its background in brackets.</summary>
    public static IReadOnlyList<string> Split(string question) => Of(question).Select(p => p.ToString()).ToList();

    /// <summary>The parts, each with what it refers back to; a question with one ask is one part without background.</summary>
    public static IReadOnlyList<QuestionPart> Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        var boundaries = NewAsk().Matches(question);
        if (boundaries.Count == 0)
        {
            return [new QuestionPart { Ask = question }];
        }

        var parts = new List<string>(boundaries.Count + 1);
        var start = 0;
        foreach (Match boundary in boundaries)
        {
            parts.Add(question[start..boundary.Index].Trim().TrimEnd('?', ',', ';', '-', '–', '—', ' ') + "?");
            start = boundary.Groups["ask"].Index;
        }

        parts.Add(question[start..].Trim());
        var context = Asks().IsMatch(parts[0]) ? null : parts[0].TrimEnd('?');
        if (context is not null)
        {
            parts.RemoveAt(0);
        }

        if (parts.Count < 2)
        {
            return [new QuestionPart { Ask = question }];
        }

        var first = context ?? parts[0];
        var names = Names().Matches(first).Select(m => m.Value).Where(n => !first.StartsWith(n, StringComparison.Ordinal)).Select(WithoutPossessive).Distinct(StringComparer.Ordinal).ToList();
        var background = context ?? string.Join(' ', names);
        var subject = context is null && names.Count > 0 ? names[0] : string.Empty;
        var byAnswer = context is null && AsksWhoOrWhich().IsMatch(parts[0]);
        bool RefersToAnswer(string ask) => byAnswer && RefersToAnAnswer().IsMatch(ask);
        return parts
            .Select((p, i) => i == 0 && context is null
                ? new QuestionPart { Ask = p }
                : new QuestionPart
                {
                    Ask = p,
                    Background = background,
                    Subject = !RefersToAnswer(p) && RefersBack().IsMatch(p) && !p.Contains(subject, StringComparison.OrdinalIgnoreCase) ? subject : string.Empty,
                    RefersToAnswer = RefersToAnswer(p),
                })
            .ToList();
    }

    /// <summary>
    /// A later part that refers to the first part's answer, given that answer's sentence: its subject becomes the names
    /// the sentence gives that the first part does not ask about ("Millstone Foods" for "that company" after "which
    /// firm took over the bakery?"); any other part is left as it is.
    /// </summary>
    public static QuestionPart Resolved(QuestionPart part, string firstAsk, string? firstAnswer)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(firstAsk);

        if (!part.RefersToAnswer || string.IsNullOrEmpty(firstAnswer))
        {
            return part;
        }

        var asked = KeyTerms.Words(firstAsk).ToHashSet(StringComparer.OrdinalIgnoreCase);
        asked.UnionWith(KeyTerms.Words(part.Ask));
        var opening = KeyTerms.Words(firstAnswer) is [var word, ..] ? word : null;
        var given = KeyTerms.Names(firstAnswer).Where(n => !KeyTerms.Words(n).Any(asked.Contains) && !KeyTerms.IsFunctionWord(n) && !string.Equals(n, opening, StringComparison.Ordinal));
        return part with { Subject = string.Join(' ', given) };
    }

    /// <summary>The ask without the word that names the dimension of a measure it asks: "How big is the island?" → "How is the island?".</summary>
    public static string WithoutDimension(string ask)
    {
        ArgumentNullException.ThrowIfNull(ask);

        return DimensionWord().Replace(ask, "${how}");
    }

    [GeneratedRegex(@"\b(?<how>how)\s+(?:big|large|far|wide|deep|tall|high|quickly|fast|soon|rapidly)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DimensionWord();

    /// <summary>
    /// A relative clause that identifies the noun an ask is about, when the ask's own verb follows it: "When was the charity
    /// [that runs the night shelter] founded?", "Why was the footbridge [that the floods damaged] closed?". The clause sits between "that"
    /// (or "which") after a noun and a last participle; one at the end of the ask ("Who founded the charity that runs it?") may be
    /// what is asked and is left. Empty clause when there is none.
    /// </summary>
    public static (string Core, string Clause) Identifying(string ask)
    {
        ArgumentNullException.ThrowIfNull(ask);

        return IdentifyingClause().Match(ask) is { Success: true } m
            ? (string.Concat(ask.AsSpan(0, m.Index), " ", ask.AsSpan(m.Groups["tail"].Index)), m.Groups["clause"].Value)
            : (ask, string.Empty);
    }

    [GeneratedRegex(@"(?<=\b\p{L}+)\s+(?:that|which)\s+(?<clause>[^?,;]+?)\s+(?<tail>(?:known|built|held|made|run|\p{Ll}+ed)\s*\?)$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifyingClause();

    private static string WithoutPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;

    /// <summary>
    /// A word that stands for something named before: a third-person pronoun, a demonstrative noun phrase ("that company"),
    /// or a definite one that is not the object of a preposition ("does the unit still run", but not "over the weekend").
    /// </summary>
    [GeneratedRegex(@"\b(?:it|its|they|them|their|he|him|his|she|her)\b|\b(?:that|this|these|those)\s+(?:same\s+)?\p{Ll}|(?<!\b(?:at|in|on|by|for|from|to|with|of|about|over|under|during|since|until|after|before)\s+)\bthe\s+(?:same\s+)?\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex RefersBack();

    /// <summary>"that company", "this winner", "the same firm": a later part pointing at whoever or whatever the first part asked for.</summary>
    [GeneratedRegex(@"\b(?:that|this|the\s+same)\s+\p{Ll}+", RegexOptions.CultureInvariant)]
    private static partial Regex RefersToAnAnswer();

    /// <summary>A first part that asks for someone or something by name: "who…", "which company…".</summary>
    [GeneratedRegex(@"^\W*(?:[^:]{0,30}:\s*)?(?:who|whom|which)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhoOrWhich();

    [GeneratedRegex(@"(?:,?\s+(?:and|but)|[;:]|\s+[-–—])\s+(?:(?:also|then|\p{L}+ly)\s+)?(?<ask>(?:" + QuestionGrammar.WhWords + @")\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NewAsk();

    /// <summary>A part that asks: it opens with a question word or an auxiliary ("Did…", "Has…"), after any chatty opening.</summary>
    [GeneratedRegex(@"^\W*(?:[^:]{0,30}:\s*)?(?:" + QuestionGrammar.WhWords + @"|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Asks();

    /// <summary>A run of capitalised words, which may hold "of", "the", "for" or "and" between them ("Friends of the Earth", "Bank of England").</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|the|for|and)\s+)?\p{Lu}[\p{L}\p{N}'’-]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex Names();
}
