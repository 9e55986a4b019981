using System.Text.RegularExpressions;

namespace NewsBot.Answering;

/// <summary>
/// A yes/no question ("Did the council approve the ferry?", "Has Vardo agreed to the plan?") is answered by a
/// statement that holds what it asks happened (<see cref="AskedPredicate"/>, in some form or synonym), or its opposite,
/// or a denial, which is then the answer ("the council rejected the ferry", "Vardo says it is not blocking the plan": a
/// denial is often worded otherwise than the question, which the lexicon does not reach); a sentence that merely names the same
/// people says something else about them and answers neither yes nor no. A yes/no question starts with an auxiliary
/// ("did", "has", "is", "will", …), after any chatty opening the caller has stripped.
/// </summary>
public sealed partial record AskedYesNo
{
    public static readonly AskedYesNo None = new() { Predicate = null };

    /// <summary>What the yes/no question asks happened; null when the question is not yes/no or asks no predicate the lexicon can check.</summary>
    public required AskedPredicate? Predicate { get; init; }

    /// <summary>True for a yes/no question.</summary>
    public bool IsAsked => Predicate is not null;

    public static AskedYesNo Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return YesNo().IsMatch(question) && AskedPredicate.Of(question) is { } predicate ? new AskedYesNo { Predicate = predicate } : None;
    }

    /// <summary>True when <paramref name="question"/> asks yes or no, whether or not it names a predicate the lexicon can check.</summary>
    public static bool Asks(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return YesNo().IsMatch(question);
    }

    /// <summary>
    /// True when no yes/no question is asked, or <paramref name="sentence"/> holds its predicate, or says its opposite or
    /// denies (<paramref name="opposes"/>: <see cref="QuestionPremises.Opposes"/> or <see cref="Denies"/>).
    /// </summary>
    public bool HeldBy(string sentence, bool opposes = false)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return Predicate is null || opposes || Predicate.HeldBy(sentence);
    }

    /// <summary>
    /// True when <paramref name="sentence"/> denies something of the question's actor: a clause of it (clauses part at a
    /// semicolon, a dash, "but", "while", "whereas") both negates (<see cref="QuestionPremises.Negates"/>) and names the
    /// actor (<see cref="AskedActor.NamedIn"/>). "Vardo says it is not blocking the plan" denies of Vardo; "the grant is
    /// not enough – but Vardo may add more" denies nothing of it. With no actor asked, any negation denies.
    /// </summary>
    public static bool Denies(string sentence, AskedActor actor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(actor);

        return actor.Name.Length == 0
            ? QuestionPremises.Negates(sentence)
            : ClauseBreak().Split(sentence).Any(clause => QuestionPremises.Negates(clause) && actor.NamedIn(clause));
    }

    [GeneratedRegex(@";|\s+[–—]\s+|,?\s+(?:while|whereas|but)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    /// <summary>
    /// An auxiliary first, not a request ("could you…") and with no question word after it:
    /// "Did they say when it opens?" and "Can you tell me who won?" ask the when and the who, not yes or no.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|shall)\b(?!\s+(?:you|u)\b)(?![^?]*\b(?:" + QuestionGrammar.WhWords + @")\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YesNo();
}
