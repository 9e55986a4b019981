using System.Text.RegularExpressions;
using NewsBot.Lexicon;
using NewsBot.Names;

namespace NewsBot.Answering;

/// <summary>
/// What a "who" question asks for: a person or organisation the question does not itself name. "Who chairs the
/// inquiry into the ferry fire?" is better answered by a sentence naming someone new than by one that names only the
/// ferry's operator; "Which MP asked…" and "Which senator's report…" ask for a person as "who" does, and "Which app…"
/// or "On which platform…" ask for a thing by its name (<see cref="ByWhich"/>).
/// <para>
/// A sentence offers a name when it has a capitalised run (<see cref="KeyTerms.Names"/>) that is not a title, month or
/// weekday alone, shares no word with the question (compared by stem) and names no country or institution the question
/// names in another form (<see cref="NameCatalog"/>: "French" for "Paris"). The first word of a sentence is
/// capitalised by position, so it counts only when the lexicon does not know it as a common word ("Former" is no name,
/// "Russia" is). A question that asks by role wants a person: a name of two words or more, or one with a title before
/// it ("Mrs Okafor"), and no country or institution. A question that names nobody has no name to tell a new one from and
/// asks none.
/// </para>
/// <para>
/// It is a preference among the lead candidates, not a premise: a who question is often answered by a description
/// (a group or kind of person rather than a name: "the night-shift nurses"), and as a premise it cost 0.020
/// answered-with-gold on squad2-dev-500 (docs/EVALUATION.md).
/// </para>
/// </summary>
public sealed partial record AskedName
{
    public static readonly AskedName None = new() { Question = string.Empty, IsAsked = false, ByRole = false };

    private readonly string _question = string.Empty;

    /// <summary>The question, whose words a name must not share.</summary>
    public required string Question
    {
        get => _question;
        init
        {
            _question = value;
            AskedWords = ContentWords.Of(value);
            AskedEntities = NameCatalog.Default.EntitiesIn(value);
        }
    }

    /// <summary>The question's content words, read once when the question is set.</summary>
    private IReadOnlySet<string> AskedWords { get; init; } = new HashSet<string>();

    /// <summary>The countries and institutions the question names in any form, read once when the question is set.</summary>
    private HashSet<NamedEntity> AskedEntities { get; init; } = [];

    /// <summary>True when the question asks who (or which person by role).</summary>
    public required bool IsAsked { get; init; }

    /// <summary>True when it asks by title ("which MP"), which wants a person.</summary>
    public required bool ByRole { get; init; }

    /// <summary>
    /// True when it asks "which &lt;role&gt;", a title or a noun of a person (<see cref="PersonNouns"/>: "which surgeon",
    /// "what Bergen coach"): only a name answers, so a lead that offers
    /// none is no answer (<see cref="LeadCheck.Name"/>). A plain "who" may be answered by a description and only prefers one.
    /// </summary>
    public bool IsRequired { get; init; }

    /// <summary>
    /// True when it asks a name outright ("what's the ferry called"), which often repeats a word of the question ("the
    /// ferry service … runs as Fjord Ferry"): a name answers when one of its words is new.
    /// </summary>
    public bool ByName { get; init; }

    /// <summary>
    /// True when it asks "which &lt;thing&gt;" (neither a person's role nor a place): any new name answers, a
    /// nationality's too ("which border": "the Norwegian-Finnish border").
    /// </summary>
    public bool ByWhich { get; init; }

    /// <summary>
    /// For "who &lt;verb&gt;…" ("who chairs the ferry inquiry?", <see cref="Of"/>) or a what question asked of its verb's
    /// object (<see cref="ObjectOf"/>), the verb's stem, and its base form when the lexicon knows one (whose irregular
    /// forms a stem does not reach: "written" for "write"); null for any other question.
    /// </summary>
    public (string Stem, string? Lemma)? Verb { get; init; }

    public static AskedName Of(string question, AnswerKind kind)
    {
        ArgumentNullException.ThrowIfNull(question);

        // A question that names nobody ("whose retirement left the seat empty?", one part of a longer question) gives no
        // name to tell a new one from: every name would count as new. That is just what a question asking who holds an
        // office or which person by role wants ("who is the new mayor?"): any name answers it, a sentence naming none does not.
        var names = KeyTerms.Names(question).Where(n => !question.TrimStart().StartsWith(n, StringComparison.Ordinal));
        var role = Role(question) ?? Office(question);
        var named = AsksTheName().IsMatch(question);
        // "Which <thing>" asks which one by its name, which often holds the thing's own word ("which directive": "the
        // Harbour Safety Directive"), as "what's it called" does. A place asked so is the place check's.
        var identifies = role is null && AsksWhich().IsMatch(question) && !AskedPlace.Of(question).IsAsked;
        return (kind == AnswerKind.Person || role is not null || named || identifies) && (names.Any() || role is not null || NameCatalog.Default.FindAsked(question).Count > 0)
            ? new AskedName { Question = question, IsAsked = true, ByRole = role is not null && IsTitle(role), IsRequired = role is not null || named || identifies, ByName = named || identifies, ByWhich = identifies, Verb = AgentVerb(question) }
            : None;
    }

    /// <summary>
    /// For "what" asked of a verb's object ("what will Okafor's firm launch at the fair?", "what did Okafor sign?"), the
    /// name a sentence gives that object (<see cref="NamesObject"/>); <see cref="None"/> for any other question, and for
    /// a verb too common to tell (<see cref="AskedPredicate"/>: say, make, get).
    /// </summary>
    public static AskedName ObjectOf(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        if (!WhatVerb().IsMatch(question) || AskedPredicate.Of(question) is not { } predicate || predicate.Text.Contains(' '))
        {
            return None;
        }

        return new AskedName { Question = question, IsAsked = false, ByRole = false, Verb = VerbOf(predicate.Text) };
    }

    /// <summary>
    /// True when <paramref name="sentence"/> gives the question's verb an object named by a name the question does not
    /// give: "the firm will launch Fjordgram Pay" for "what will the firm launch?", where "launching a payments app" names no object.
    /// </summary>
    public bool NamesObject(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return Verb is { } verb && VerbThenName().Matches(sentence).Any(m => IsVerb(m.Groups["verb"].Value, verb) && Offers(m.Groups["thing"].Value));
    }

    private static bool IsVerb(string word, (string Stem, string? Lemma) verb) =>
        ContentWords.Stem(word) == verb.Stem || (verb.Lemma is not null && Thesaurus.Default.IsIrregularVerbForm(word, verb.Lemma));

    /// <summary>The verb right after the question's opening "who", unless it is an auxiliary ("who is", "who has").</summary>
    private static (string Stem, string? Lemma)? AgentVerb(string question)
    {
        if (WhoVerb().Match(question) is not { Success: true } who || KeyTerms.IsFunctionWord(who.Groups["verb"].Value))
        {
            return null;
        }

        // The word after "who" is its verb by the question's grammar, whether or not the lexicon lists that form as a verb.
        return VerbOf(who.Groups["verb"].Value);
    }

    /// <summary>A verb's stem, and its base form when the lexicon knows one.</summary>
    private static (string Stem, string? Lemma) VerbOf(string verb) =>
        (ContentWords.Stem(verb), Thesaurus.Default.Lemmas(verb).FirstOrDefault(e => e.Class == WordClass.Verb)?.Lemma);

    /// <summary>
    /// True when <paramref name="sentence"/> gives the question's verb a doer the question does not name, in the passive:
    /// "an inquiry chaired by the engineer Kari Okafor" for "who chairs the ferry inquiry?", "a novel written by Kari Lunde"
    /// for "who wrote…". That is the answer itself, where a sentence that merely names someone new is about them.
    /// </summary>
    public bool NamesAgent(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return Verb is { } verb && PassiveBy().Matches(sentence).Any(by => IsVerb(by.Groups["verb"].Value, verb) && Offers(by.Groups["doer"].Value));
    }

    /// <summary>
    /// True when <paramref name="question"/> asks "which/what" of a person by title ("which MP", "which Russian
    /// minister's"), which only a person holds. A noun of a person ("which surgeon", "which bidder") asks for a name
    /// (<see cref="IsRequired"/>) but not for a person's kind of answer: a bidder or a host may be a firm or a country, and
    /// a question asked by such a noun is no more likely answered by a sentence with a capitalised run.
    /// </summary>
    public static bool AsksByTitle(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return Role(question) is { } role && IsTitle(role);
    }

    /// <summary>
    /// How many of a name's first words write an office the question asks: words of the question, up to the last noun of
    /// a person or title among them ("Fisheries Minister" of "Fisheries Minister Ola Brekke" when the question asks for
    /// the fisheries minister); 0 when the name opens otherwise.
    /// </summary>
    private int AskedOfficeBefore(List<string> words)
    {
        var office = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var role = PersonNouns.Default.Contains(words[i]) || IsTitle(words[i]);
            if (!role && !AskedWords.Contains(ContentWords.Stem(words[i])))
            {
                break;
            }

            if (role && AskedWords.Contains(ContentWords.Stem(words[i])))
            {
                office = i + 1;
            }
        }

        return office;
    }

    /// <summary>A hyphenated modifier, or a word the lexicon knows only as an adjective.</summary>
    private static bool IsAdjective(string word) =>
        word.Contains('-') || (Thesaurus.Default.Lemmas(word) is { Count: > 0 } lemmas && lemmas.All(e => e.Class == WordClass.Adjective));

    internal static bool IsTitle(string word) => QuestionPremises.Titles.Contains(ContentWords.Stem(word));

    /// <summary>
    /// The office a "who is the …" question asks the holder of: the last word before the question's end or an "of"
    /// phrase, when it is a title or a noun of a person ("who is the Vardo mayor?": "mayor"; "who's the chairman of
    /// Nordvik?": "chairman"), in capitals only after "the" ("who's the Fisheries Minister?"), since a capitalised word
    /// alone may be a name; null otherwise ("who is Kari Lunde?", "who is responsible for the quay?").
    /// Such a question asks who holds the office, which only a name answers: a sentence about the office that names no
    /// holder ("the mayor will retire in May") answers another question.
    /// </summary>
    internal static string? Office(string question) =>
        WhoIsTheOffice().Match(question) is { Success: true } asked
        && asked.Groups["noun"].Value is var noun
        && (char.IsLower(noun[0]) || asked.Groups["the"].Success)
        && (IsTitle(noun) || PersonNouns.Default.IsNoun(noun))
            ? noun
            : null;

    /// <summary>
    /// The role after "which"/"what" (or "name of the"): the first word, past up to two capitalised, possessive or adjective ones,
    /// when it is a title or a noun of a person ("which Bergen coach": "coach"; "which MP": "MP"; "the ferry's
    /// skipper": "skipper"; "what new rules": none); null otherwise.
    /// </summary>
    private static string? Role(string question)
    {
        if (WhichWords().Match(question) is not { Success: true } which)
        {
            return null;
        }

        foreach (Capture capture in which.Groups["word"].Captures)
        {
            var word = KeyTerms.StripPossessive(capture.Value);
            if (IsTitle(word) || PersonNouns.Default.Contains(word))
            {
                return word;
            }

            // A capitalised name, a possessive or an adjective ("Bergen", "the ferry's", "high-profile", "former") stands
            // before its role; any other word is the head.
            if ((!char.IsUpper(word[0]) && word.Length == capture.Value.Length && !IsAdjective(word)) || KeyTerms.IsFunctionWord(word))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when no name is asked or <paramref name="sentence"/> names someone or something the question does not.</summary>
    public bool HeldBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return !IsAsked || Offers(sentence);
    }

    private bool Offers(string sentence)
    {
        var first = KeyTerms.Words(sentence).FirstOrDefault(w => w.Any(char.IsLetter));
        foreach (var name in KeyTerms.Names(sentence))
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).AsEnumerable();
            if (sentence.TrimStart('"', '“', '‘', '\'', ' ').StartsWith(name, StringComparison.Ordinal) && first is not null && KeyTerms.IsCommonWord(first))
            {
                words = words.Skip(1);
            }

            // A title or a role names nobody ("Senator Ruth Okafor" is Ruth Okafor, whatever the question's "senator";
            // "Skipper Ola Brekke" is Ola Brekke, titled by the role), though the last word left may be a surname that is
            // also a role ("Judge Cook").
            var roles = words.TakeWhile(w => PersonNouns.Default.Contains(w)).Count();
            var titled = roles > 0 || words.Any(IsTitle) || Titled(sentence, name);
            words = words.Skip(Math.Min(roles, words.Count() - 1));
            // So does the office asked, written before the name in capitals ("Fisheries Minister Ola Brekke" for "who's
            // the fisheries minister?"): what follows it is the name.
            var office = AskedOfficeBefore(words.ToList());
            if (office > 0 && office < words.Count())
            {
                words = words.Skip(office);
                titled = true;
            }

            var stems = words.Select(ContentWords.Stem).Where(s => !QuestionPremises.AcronymConnectors.Contains(s) && !QuestionPremises.Titles.Contains(s)).ToList();
            if (stems.Count == 0 || stems.All(QuestionPremises.DateNames.Contains) || (ByName ? stems.All(AskedWords.Contains) : stems.Any(AskedWords.Contains)))
            {
                continue;
            }

            // A role asks for a person: a full name or a titled one ("Senator Ruth Okafor", "Mrs Okafor"), not a country.
            // Any role wants someone, not a nationality ("British triple jumper" names no surgeon).
            var mentions = NameCatalog.Default.Find(string.Join(' ', words));
            var entities = mentions.SelectMany(m => m.Entities).ToList();
            // A country or institution in the run with a full name beside it ("Nato Secretary General Kari Lunde")
            // is the person's office, not the answer.
            var personal = stems.Count - mentions.Sum(m => m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            if ((ByRole && ((entities.Count > 0 && personal < 2) || (stems.Count < 2 && !titled))) || (IsRequired && !ByWhich && mentions.Count > 0 && mentions.All(m => m.IsDemonym)))
            {
                continue;
            }

            if (!entities.Any(AskedEntities.Contains))
            {
                return true;
            }

            // A name asked for may stand in a run with the institution the question names ("Nato Secretary General
            // Kari Lunde"): its new words are the name.
            if (IsRequired && personal >= 2 && !NameCatalog.Default.Find(string.Join(' ', words.Where(w => !AskedWords.Contains(ContentWords.Stem(w))))).SelectMany(m => m.Entities).Any(AskedEntities.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a title stands right before <paramref name="name"/> in <paramref name="sentence"/> ("Mr Bell", "MP Bell").</summary>
    private static bool Titled(string sentence, string name)
    {
        var at = sentence.IndexOf(name, StringComparison.Ordinal);
        var before = at > 0 ? KeyTerms.Words(sentence[..at]) : [];
        return before.Count > 0 && IsTitle(before[^1]);
    }

    /// <summary>
    /// A question that asks a name outright: "what is/was …" with "name" closing the phrase or followed by "of"/"for"
    /// ("what's his real name", "whats the harbour's new name"), or with "called" closing the question ("what is the
    /// Vardo ferry called"). Only a name answers it, as only a person answers "which surgeon".
    /// </summary>
    [GeneratedRegex(@"\bwhat(?:['’]?s|\s+(?:is|was|are|were))\s+(?:[^\s?]+\s+){0,4}?name(?=\s+(?:of|for)\b|\s*[?,.!]|\s*$)|\bwhat(?:['’]?s|\s+(?:is|was|are|were))\s+(?:[^\s?]+\s+){1,4}?called\s*\??\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksTheName();

    /// <summary>
    /// "Which app…", "On which platform…", "Which teams…", after any sentences that set the question up: "which" before
    /// a thing asks which one, and news names it ("Fjordgram", "Norway and Chile"); a sentence saying only "the app"
    /// does not answer. Not "which of" the ones the question names, nor "which" before an auxiliary ("which was …").
    /// </summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)\s*(?:(?:in|on|at|to|from|for|by|with|under|into|over|through)\s+)?which\s+(?!of\b|(?:is|was|are|were|has|have|had|will|would|can|could|did|does|do|should|might|must)\b)\p{L}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhich();

    /// <summary>"Which MP…", "which senator's…", "what spokesman…", "which Bergen coach…", "the name of the ship's captain": up to three words after "which"/"what" or "name of".</summary>
    [GeneratedRegex(@"(?:^\s*(?:which|what)|\bname\s+of(?:\s+the)?)(?:\s+(?<word>[\p{L}][\p{L}.-]*(?:['’]s)?)){1,3}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WhichWords();

    /// <summary>"Who chairs …" opening the question (or its last sentence, or what follows a colon), not a relative "who" inside it ("the chief who welcomed").</summary>
    [GeneratedRegex(@"(?:^|[:;.?!]\s)\W*who\s+(?<verb>\p{Ll}+)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WhoVerb();

    /// <summary>"Who is (the) … &lt;noun&gt;", ending there or with one "of/for/at/in" phrase: "who's the Vardo mayor?", "who is the chairman of Nordvik?", "who's the Fisheries Minister?".</summary>
    [GeneratedRegex(@"^\W*(?i:who)(?:['’]s|\s+(?:is|was|are|were))\s+(?:(?<the>the)\s+)?(?:[\p{L}.-]+(?:['’]s?)?\s+){0,3}?(?<noun>\p{L}[\p{L}-]*)(?:\s+(?:of|for|at|in)\s+[^?,;]+)?\s*\?*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WhoIsTheOffice();

    /// <summary>"what is/was/did/does/will … &lt;verb&gt;": what asked of the verb's object, past a subject.</summary>
    [GeneratedRegex(@"^\W*what(?:['’]s|\s+(?:is|was|are|were|did|does|do|will|would|has|have|had))\s+\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WhatVerb();

    /// <summary>A verb, perhaps "the", then a capitalised name and the words after it up to a clause's end: "launch Fjordgram Pay at the fair".</summary>
    [GeneratedRegex(@"\b(?<verb>\p{Ll}+)\s+(?<thing>(?:the\s+)?\p{Lu}[^,;:.()“”""]{0,80})", RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenName();

    /// <summary>A participle, "by", and the words after it up to a clause's end: "chaired by the Fjordgram engineer Kari Okafor".</summary>
    [GeneratedRegex(@"\b(?<verb>\p{Ll}+)\s+by\s+(?<doer>[^,;:.()“”""]{1,80})", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveBy();
}
