using System.Text.RegularExpressions;
using NewsBot.Lexicon;
using NewsBot.Names;

namespace NewsBot.Answering;

/// <summary>
/// The holder of an office a who question asks for ("who is Vardo's mayor?", "what's the name of the Norwegian prime
/// minister?"), and what a sentence naming the office must not make of it. News names other holders by the same office:
/// past ones, marked as past ("the former mayor, Ola Brekke", "ex-mayor Brekke"), which a question in the present does
/// not ask for; and other countries' ("Sweden's prime minister", "the prime minister of Denmark"), which a question
/// naming one country does not ask for. Like <see cref="AskedName"/> it is a preference among the lead candidates, not a
/// premise: the sentence naming the holder asked for may rank lower, and another holder's may be the only one about the office.
/// </summary>
public sealed partial record AskedHolder
{
    public static readonly AskedHolder None = new() { Words = [], Entities = new HashSet<NamedEntity>() };

    private readonly IReadOnlyList<string> _words = [];

    /// <summary>The question's own nouns of a person, in any case ("mayor", "minister", "Secretary"): the office as it asks it.</summary>
    public required IReadOnlyList<string> Words
    {
        get => _words;
        init
        {
            _words = value;
            Mentions = [.. value.Select(KeyTerms.WholePhrase)];
        }
    }

    /// <summary>Each of <see cref="Words"/> as a whole word in any case, built once when the words are set.</summary>
    private IReadOnlyList<Regex> Mentions { get; init; } = [];

    /// <summary>The countries and institutions the question names, whose holder it asks for; empty when it names none.</summary>
    public required IReadOnlySet<NamedEntity> Entities { get; init; }

    /// <summary>True when the question asks for the present holder: it asks in the present and names no past.</summary>
    public bool Now { get; init; }

    /// <summary>
    /// The office a who question asks the holder of, or <see cref="None"/> for any other question. A question in the past
    /// or about a past holder ("who was …", "who is the former mayor?") is no question about the present holder.
    /// </summary>
    public static AskedHolder Of(string question, AnswerKind kind)
    {
        ArgumentNullException.ThrowIfNull(question);

        if (kind != AnswerKind.Person && !NameAsked().IsMatch(question))
        {
            return None;
        }

        var words = KeyTerms.ContentWords(question)
            .Where(PersonNouns.Default.IsNoun)
            .ToList();
        return words.Count == 0
            ? None
            : new AskedHolder { Words = words, Entities = NameCatalog.Default.EntitiesIn(question), Now = Present().IsMatch(question) && !Past().IsMatch(question) };
    }

    /// <summary>
    /// True unless <paramref name="sentence"/> writes one of the question's words only for another holder: each mention
    /// comes at most three words after "former", "erstwhile", "ex-" or "then-" ("the former Norwegian prime minister")
    /// in a question about the present holder, or is bound to a country or institution the question does not name, by
    /// a possessive or demonym before it ("Sweden's prime minister", "the Danish prime minister") or "of" after it ("the
    /// prime minister of Denmark").
    /// </summary>
    public bool HeldBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        if (Words.Count == 0)
        {
            return true;
        }

        IReadOnlyList<NameMention>? names = null;
        foreach (var word in Mentions)
        {
            var mentions = word.Matches(sentence);
            if (mentions.Count > 0 && mentions.All(m => (Now && PastMarkerBefore().IsMatch(sentence.AsSpan(0, m.Index))) || AnothersOffice(sentence, m.Index, names ??= NameCatalog.Default.Find(sentence))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the office word at <paramref name="at"/> is bound to a country or institution, and to none the question names.</summary>
    private bool AnothersOffice(string sentence, int at, IReadOnlyList<NameMention> names)
    {
        if (Entities.Count == 0)
        {
            return false;
        }

        var bound = names.Where(n =>
            (n.Start + n.Text.Length <= at && OwnerBefore().IsMatch(sentence.AsSpan(n.Start + n.Text.Length, at - n.Start - n.Text.Length)))
            || (n.Start > at && OwnerAfter().IsMatch(sentence.AsSpan(at, n.Start - at)))).ToList();
        return bound.Count > 0 && !bound.Any(n => n.Entities.Any(Entities.Contains));
    }

    /// <summary>"What's the name of …", "what is … called".</summary>
    [GeneratedRegex(@"\bname\s+of\b|\bcalled\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameAsked();

    /// <summary>A question in the present: "who is", "who's", "what is the name", "who are", "who heads" (a verb in -s).</summary>
    [GeneratedRegex(@"\b(?:is|are)\b|['’]s\s|\bwho\s+\p{L}+s\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Present();

    /// <summary>A question about the past or a past holder.</summary>
    [GeneratedRegex(@"\b(?:was|were|used\s+to|former|formerly|ex|then|previous|previously|predecessor|before|until|erstwhile|late)\b|\b(?:1[89]|20)\d\d\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Past();

    /// <summary>A mark of a past holder at most three words before the end of the text, with no punctuation between: "the former Norwegian prime", "ex-", "then-".</summary>
    [GeneratedRegex(@"(?:\b(?:former|erstwhile)\s+|\b(?:ex|then)-)(?:[\p{L}’'-]+\s+){0,2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PastMarkerBefore();

    /// <summary>What stands between an owner and its office: a possessive, and up to two lower-case words ("’s prime ", " foreign ").</summary>
    [GeneratedRegex(@"^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerBefore();

    /// <summary>What stands between an office and its owner after it: up to two more lower-case words and "of" ("prime minister of the ").</summary>
    [GeneratedRegex(@"^[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}\s+of\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerAfter();
}
