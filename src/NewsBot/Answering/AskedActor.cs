using System.Text.RegularExpressions;
using NewsBot.Lexicon;
using NewsBot.Names;
using NewsBot.Retrieval;
using NewsBot.Text;

namespace NewsBot.Answering;

/// <summary>
/// Who a question says did what ("When did Lindqvist warn…?": Lindqvist, warn), and whether a statement
/// reports another actor doing it ("Okafor warned on Monday…"). Such a statement answers a question about
/// someone else.
/// <para>
/// The actor is the capitalised name right after "did", "has" or "have" that a lower-case verb follows (not a
/// possessive description such as "Oslo's mayor"). A statement
/// reports an actor when the question's verb (same stem or an irregular form of it: "made" for "make"; for a verb of saying, any verb of saying: say, tell, claim,
/// warn, insist, argue, declare, ask, urge, describe, announce, accuse, deny, admit, the verbs news reports speech
/// with, and react, respond, reply, since news reports a reaction as what was said) has a capitalised name as its subject: right before it, perhaps across "has", "had",
/// "also" ("Maria Okafor has claimed"), or, for "said"/"says", right after it ("…, said Okafor"). The statement
/// holds the question's actor unless every such subject it has is another name: none shares a word with the actor
/// (compared by stem) and none names the same country or institution (<see cref="NameCatalog"/>: "the Kremlin" for
/// "Russia"), nor does the description right before a name in apposition ("the Norwegian premier, Kari Lunde, has
/// pledged" for Oslo). A pronoun or a description ("the minister told") names nobody and leaves the statement in.
/// </para>
/// <para>
/// A name right after the question's verb is what it was done to ("Did Bergen beat Tromso?"): a statement whose same
/// verb has another name right after it ("Bergen beat Molde") reports something else, as another subject would.
/// A who question names no actor, only that object ("Who beat Tromso?"): a statement whose every use of the verb has
/// the object for subject ("Tromso beat Bergen", "Tromso, who beat Bergen") or another name for object reports
/// another act.
/// </para>
/// </summary>
public sealed partial record AskedActor
{
    public static readonly AskedActor None = new() { Name = string.Empty, Verb = string.Empty };

    private readonly string _name = string.Empty;

    /// <summary>The actor's name as the question writes it; empty when the question names none.</summary>
    public required string Name
    {
        get => _name;
        init
        {
            _name = value;
            AskedEntities = NameCatalog.Default.EntitiesIn(value);
        }
    }

    private readonly string _target = string.Empty;

    /// <summary>
    /// The name the question gives the verb as its object ("did Bergen beat Tromso?": Tromso); empty when it gives none.
    /// A statement whose same verb has another name right after it ("Bergen beat Molde") reports another match.
    /// </summary>
    public string Target
    {
        get => _target;
        init
        {
            _target = value;
            TargetEntities = NameCatalog.Default.EntitiesIn(value);
        }
    }

    /// <summary>The countries and institutions the object's name stands for.</summary>
    private HashSet<NamedEntity> TargetEntities { get; init; } = [];

    /// <summary>The countries and institutions the actor's name stands for, read once when the name is set.</summary>
    private HashSet<NamedEntity> AskedEntities { get; init; } = [];

    /// <summary>The question's verb, stemmed.</summary>
    public required string Verb { get; init; }

    /// <summary>The question's verb as the lexicon's base form ("make" for "makes"), whose irregular forms ("made") a stem does not reach; null when it knows none.</summary>
    public string? VerbLemma { get; init; }

    public static AskedActor Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        // "Oslo's mayor" or an office's abbreviation ("the PM") describes an actor rather than naming one, and a statement names them otherwise; "Spanish bars"
        // or "Russian troops" is a demonym before its noun, and "have UHF stations" a name before a noun, not an actor
        // before its verb.
        // "do Norwegian officials say": a country's or institution's people, named by it, act for it.
        if (GroupActor().Match(question) is { Success: true } g && IsNoun(g.Groups["group"].Value) && AsksAct(g.Groups["verb"].Value)
            && Actor(g, isGroup: true) is { AskedEntities.Count: > 0 } group)
        {
            return group;
        }

        if (DidActor().Match(question) is { Success: true } m && !m.Groups["name"].Value.Contains('\'') && !m.Groups["name"].Value.Contains('’') && !IsDemonym(m.Groups["name"].Value) && !Roles.Default.Abbreviations.Contains(m.Groups["name"].Value.ToLowerInvariant()) && AsksAct(m.Groups["verb"].Value))
        {
            return Actor(m, isGroup: false);
        }

        // Chat leaves a speaker's name in lower case ("what did lunde say"): a word the lexicon does not know, or the
        // catalogue's, before a verb of saying names the speaker as a capitalised one does.
        if (LowerCaseSpeaker().Match(question) is { Success: true } l && SpeechStems.Contains(ContentWords.Stem(l.Groups["verb"].Value))
            && !KeyTerms.IsCommonWord(l.Groups["name"].Value))
        {
            return Actor(l, isGroup: false);
        }

        // "Who beat Tromso?" names no actor, only what was done to: the object. "Who led Norway's team?" names the
        // object's owner, not the object.
        return WhoActs().Match(question) is { Success: true } w && !SpeechStems.Contains(ContentWords.Stem(w.Groups["verb"].Value)) && AsksAct(w.Groups["verb"].Value)
            && !KeyTerms.IsPossessive(w.Groups["target"].Value)
            ? Actor(w, isGroup: false)
            : None;
    }

    /// <summary>The actor a match of <see cref="DidActor"/> or <see cref="GroupActor"/> names, with its verb and any object; none for <see cref="WhoActs"/>, which has only the object.</summary>
    private static AskedActor Actor(Match match, bool isGroup) => new()
    {
        Name = match.Groups["name"].Value,
        Verb = ContentWords.Stem(match.Groups["verb"].Value),
        VerbLemma = BaseForm(match.Groups["verb"].Value),
        IsGroup = isGroup,
        Target = match.Groups["target"].Value,
    };

    /// <summary>True when the word after the actor is what it is asked to have done: a verb of saying, or another verb.</summary>
    private static bool AsksAct(string verb) => SpeechStems.Contains(ContentWords.Stem(verb)) || (!KeyTerms.IsFunctionWord(verb) && IsVerb(verb));

    /// <summary>
    /// True when the actor is a country's or institution's people ("Norwegian officials", "Nato diplomats"): then a statement's
    /// subject may be such a group too ("Swedish officials said"), named by its country.
    /// </summary>
    public bool IsGroup { get; init; }

    /// <summary>The verb's base form: the word itself when the lexicon has it as a verb ("lay", not the "lie" it is also a form of), else its lemma.</summary>
    private static string? BaseForm(string verb) =>
        Thesaurus.Default.Find(WordClass.Verb, verb)?.Lemma ?? Thesaurus.Default.Lemmas(verb).FirstOrDefault(e => e.Class == WordClass.Verb)?.Lemma;

    /// <summary>
    /// True when the question asks what its actor said or how it reacted ("what did Vardo say about …", "how did Vardo
    /// react / respond to …"): its verb is one of saying or reacting.
    /// </summary>
    public bool AsksSpeech => Name.Length > 0 && SpeechStems.Contains(Verb);

    /// <summary>
    /// True when no speech or reaction is asked, or <paramref name="sentence"/> has the actor, in any form its catalogue
    /// knows ("Oslo" or "Norwegian officials" for Norway), within <see cref="SpeakerWords"/> words before a verb of saying
    /// or reacting, right after "said" / "says" and ending the clause, or opening a sentence whose verb of saying has a pronoun for subject
    /// (<see cref="OpeningName"/>): the actor's own words ("Norwegian officials reacted angrily", "the Norwegian premier's
    /// spokesman, Ola Brekke, has said", "…, said Kari Lunde"), which such a question prefers over a sentence about the
    /// matter that another speaker, or nobody, reports.
    /// </summary>
    public bool SpeakerHeldBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        if (!AsksSpeech)
        {
            return true;
        }

        var words = Word().Matches(sentence).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (SpeechStems.Contains(ContentWords.Stem(words[i]))
                && (Same(string.Join(' ', words.Skip(Math.Max(0, i - SpeakerWords)).Take(Math.Min(i, SpeakerWords))))
                    || (PronounBefore(words, i) && OpeningName(words) is { } opening && Same(opening))))
            {
                return true;
            }
        }

        return SaidByName().Matches(sentence).Any(m => Same(m.Groups["name"].Value));
    }

    /// <summary>True when the word before word <paramref name="at"/>, across "has", "had", "also", is a personal pronoun ("it said", "he has warned").</summary>
    private static bool PronounBefore(List<string> words, int at) => SkipBetween(words, at) is var i and >= 0 && SubjectPronouns.Contains(words[i]);

    /// <summary>The index of the word before word <paramref name="at"/>, across "has", "had", "also" and the like (<see cref="Between"/>); -1 when none is left.</summary>
    private static int SkipBetween(List<string> words, int at)
    {
        var i = at - 1;
        while (i >= 0 && Between.Contains(words[i]))
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// The name the sentence opens with, after an article ("The Kremlin", "Norway's premier"), to which a later "it" or
    /// "he" of the same sentence refers: news names the subject first and then goes on with a pronoun ("Norway has
    /// condemned the plan, which it said was reckless"). Null when the sentence opens otherwise (a quote, a clause).
    /// </summary>
    private static string? OpeningName(List<string> words)
    {
        var i = words.Count > 0 && words[0] is "The" ? 1 : 0;
        var names = words.Skip(i).TakeWhile(IsName).ToList();
        return names.Count > 0 ? string.Join(' ', names) : null;
    }

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "he", "she", "it", "they" };

    /// <summary>How many words before a verb of saying or reacting may name who spoke.</summary>
    private const int SpeakerWords = 6;

    /// <summary>True unless <paramref name="sentence"/> reports only other actors doing what the question asks.</summary>
    public bool HeldBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        if (Name.Length == 0)
        {
            return Target.Length == 0 || !OtherActs(sentence);
        }

        var matches = Word().Matches(sentence);
        var words = matches.Select(m => m.Value).ToList();
        var speech = SpeechStems.Contains(Verb);
        var subjects = new List<(string Name, string Description)>();
        var targets = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var stem = ContentWords.Stem(words[i]);
            if (!(speech ? SpeechStems.Contains(stem) : IsVerbForm(words[i])))
            {
                continue;
            }

            if (Target.Length > 0 && !speech && NameAfter(words, i) is { } after)
            {
                targets.Add(after);
            }

            if ((SubjectBefore(words, i) ?? (IsGroup ? GroupBefore(sentence, words, i) : null)) is { } before)
            {
                // A name in apposition, set off by commas, is described just before it ("the Norwegian premier,
                // Kari Lunde, has pledged"): the description may name the actor's country where the name does not.
                var between = words.Take(i).Reverse().TakeWhile(Between.Contains).Count();
                var start = i - before.Split(' ').Length - between;
                var apposed = sentence.IndexOf($", {before},", StringComparison.Ordinal);
                var inApposition = apposed >= 0;
                if (!inApposition && ClosesAPhrase(sentence, matches[i - between - 1], matches[i]))
                {
                    // "The film, starring Kari Lunde, received…": the name ends a phrase set off before the verb, and
                    // the verb's subject stands before that phrase.
                    continue;
                }

                subjects.Add((before, inApposition ? string.Join(' ', words.Skip(Math.Max(0, start - DescriptionWords)).Take(Math.Min(start, DescriptionWords))) : string.Empty));
                if (inApposition && ApposedTo(sentence, apposed) is { } head)
                {
                    subjects.Add((head, string.Empty));
                }
            }
            else if (words[i] is "said" or "says" && words.Skip(i + 1).TakeWhile(IsName).ToList() is { Count: > 0 } speaker && EndsClause(sentence, matches[i + speaker.Count]))
            {
                // "…, said Kari Lunde." speaks; in "officials said Kari Lunde's quay was unsafe" the name is what was said.
                subjects.Add((string.Join(' ', speaker), string.Empty));
            }
        }

        if (speech && subjects.Count == 0 && SpokenOfByAnother(words))
        {
            return false;
        }

        return (subjects.Count == 0 || subjects.Any(s => Same(s.Name) || NamesAskedEntity(s.Description)))
            && (targets.Count == 0 || targets.Any(o => Same(Target, TargetEntities, o)));
    }

    /// <summary>
    /// True when the sentence's first verb of saying has a pronoun for subject and the actor is named only after it:
    /// "he said he would meet his counterpart, Kari Lunde" reports what someone else said, of Lunde. News names a
    /// speaker before the pronoun that stands for them, in this sentence ("Lunde arrived late, and she said…") or an
    /// earlier one; a name that comes only after the verb is what was said, or whom it was said to or about.
    /// </summary>
    private bool SpokenOfByAnother(List<string> words)
    {
        var verb = Enumerable.Range(0, words.Count).FirstOrDefault(i => SpeechStems.Contains(ContentWords.Stem(words[i])), -1);
        if (verb < 0 || !PronounBefore(words, verb))
        {
            return false;
        }

        var named = Enumerable.Range(0, words.Count).Where(i => IsName(words[i]) && Same(words[i])).ToList();
        return named.Count > 0 && named.All(i => i > verb);
    }

    /// <summary>
    /// True when <paramref name="sentence"/> writes the question's verb, and every time it does, the verb is done by the
    /// name it was asked to have been done to, right before it or before a "who" leading to it ("Tromso beat Bergen",
    /// "Tromso, who beat Bergen last year"), or to another name right after it ("Molde beat Bergen"): the sentence tells
    /// of another act, and answers no "who beat Tromso?".
    /// </summary>
    private bool OtherActs(string sentence)
    {
        var words = Word().Matches(sentence).Select(m => m.Value).ToList();
        var acts = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsVerbForm(words[i]))
            {
                continue;
            }

            var before = SkipBetween(words, i);
            var subject = before >= 0 && words[before] == "who" ? SubjectBefore(words, before) : SubjectBefore(words, i);
            var done = NameAfter(words, i);
            if ((subject is null || !Same(Target, TargetEntities, subject)) && (done is null || Same(Target, TargetEntities, done)))
            {
                return false;
            }

            acts = true;
        }

        return acts;
    }

    /// <summary>True when <paramref name="word"/> is the question's verb: the same stem, or an irregular form of it ("beat" for "beaten", "made" for "make").</summary>
    private bool IsVerbForm(string word) =>
        ContentWords.Stem(word) == Verb || (VerbLemma is not null && char.IsLower(word[0]) && Thesaurus.Default.IsIrregularVerbForm(word, VerbLemma));

    /// <summary>
    /// True when the speaker's name ends its clause right after <paramref name="last"/> (<see cref="SpeakerEnd"/>:
    /// punctuation, the sentence's end, or when and where it was said), so it speaks and is not what was said.
    /// </summary>
    private static bool EndsClause(string sentence, Match last) => SpeakerEnd().IsMatch(sentence[(last.Index + last.Length)..]);

    /// <summary>
    /// True when a comma stands between a name and the verb after it ("…, starring Kari Lunde, received"): the name closes
    /// a phrase set off from the clause and is not the verb's subject, unless it is itself in apposition to the subject.
    /// </summary>
    private static bool ClosesAPhrase(string sentence, Match name, Match verb) =>
        sentence.AsSpan(name.Index + name.Length, verb.Index - name.Index - name.Length).Contains(',');

    /// <summary>True when <paramref name="text"/> names the actor, by a word of its name or as its country or institution in any form; always when no actor is asked.</summary>
    public bool NamedIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return Name.Length == 0 || Same(text);
    }

    /// <summary>True when <paramref name="text"/> names the country or institution the actor stands for, in any form.</summary>
    private bool NamesAskedEntity(string text) => NamesEntity(AskedEntities, text);

    private static bool NamesEntity(HashSet<NamedEntity> entities, string text) =>
        entities.Count > 0 && text.Length > 0 && NameCatalog.Default.Find(text).SelectMany(m => m.Entities).Any(entities.Contains);

    private bool Same(string actor) => Same(Name, AskedEntities, actor);

    /// <summary>True when <paramref name="found"/> shares a word with <paramref name="asked"/> (compared by stem) or names one of its countries or institutions.</summary>
    private static bool Same(string asked, HashSet<NamedEntity> entities, string found)
    {
        // Compared without accents: a reader types "Erdogan" for the article's "Erdoğan".
        var askedWords = ContentWords.Of(Accents.Strip(asked));
        var foundWords = ContentWords.Of(Accents.Strip(found));
        // A long name one slip of the keys away is the same ("Lundkvist" for "Lundqvist"), as a premise reads it (ContextTerms.Mentions).
        if (askedWords.Any(a => a.Length >= 3 && foundWords.Any(f => f == a
            || (Math.Min(a.Length, f.Length) >= QuestionPremises.MinSharedPrefix && (f.StartsWith(a, StringComparison.Ordinal) || a.StartsWith(f, StringComparison.Ordinal)))
            || (Math.Min(a.Length, f.Length) >= KeywordIndex.MinSpelledLength && Spelling.OneEditApart(a, f)))))
        {
            return true;
        }

        return NamesEntity(entities, found);
    }

    /// <summary>The capitalised name right after word <paramref name="at"/>, across "the"; null when there is none.</summary>
    private static string? NameAfter(List<string> words, int at)
    {
        var i = at + 1;
        if (i < words.Count && words[i] == "the")
        {
            i++;
        }

        var names = words.Skip(i).TakeWhile(IsName).ToList();
        return names.Count > 0 ? string.Join(' ', names) : null;
    }

    /// <summary>The capitalised name right before word <paramref name="at"/>, across "has", "had", "also"; null when there is none.</summary>
    private static string? SubjectBefore(List<string> words, int at)
    {
        var i = SkipBetween(words, at);
        var end = i;
        while (i >= 0 && IsName(words[i]))
        {
            i--;
        }

        return end > i ? string.Join(' ', words.Skip(i + 1).Take(end - i)) : null;
    }

    /// <summary>
    /// The name of the group right before word <paramref name="at"/> ("Swedish" in "Swedish officials said"), across
    /// "has", "had", "also", the name written just before the noun; null when there is none.
    /// </summary>
    private static string? GroupBefore(string sentence, List<string> words, int at)
    {
        var i = SkipBetween(words, at);
        return i >= 1 && char.IsLower(words[i][0]) && IsNoun(words[i]) && SubjectBefore(words, i) is { } name && sentence.Contains($"{name} {words[i]}", StringComparison.Ordinal) ? name : null;
    }

    /// <summary>A word the lexicon knows as a noun, in the plural or not ("officials", "troops").</summary>
    private static bool IsNoun(string word) => Thesaurus.Default.Lemmas(word).Any(e => e.Class == WordClass.Noun);

    private static bool IsName(string word) => char.IsUpper(word[0]) && !KeyTerms.IsFunctionWord(word);

    /// <summary>
    /// The name a description set off by commas follows, when the name set off at <paramref name="at"/> (its opening
    /// comma) ends that description: in "Kari Lunde, the spokeswoman for Norway's premier, Ola Brekke, had said", Brekke
    /// belongs to the description ("Norway's premier") and Lunde, whom it describes, may be who spoke. Null when no
    /// lower-case description, or no name before it, comes first.
    /// </summary>
    private static string? ApposedTo(string sentence, int at)
    {
        var opens = at > 0 ? sentence.LastIndexOf(", ", at - 1, StringComparison.Ordinal) : -1;
        if (opens <= 0 || !char.IsLower(sentence[opens + 2]))
        {
            return null;
        }

        var head = sentence[..opens];
        var names = Word().Matches(head[(head.LastIndexOfAny([',', ';', ':', '(']) + 1)..]).Select(m => m.Value).Reverse().TakeWhile(IsName).Reverse().ToList();
        return names.Count > 0 ? string.Join(' ', names) : null;
    }

    /// <summary>How many words before a subject's name may describe it ("the French foreign minister").</summary>
    private const int DescriptionWords = 3;

    private static readonly HashSet<string> Between = new(StringComparer.Ordinal) { "has", "had", "have", "also", "reportedly", "then", "later", "previously", "publicly", "once" };

    private static readonly HashSet<string> SpeechStems = new[]
    {
        "say", "said", "tell", "told", "claim", "warn", "insist", "argu", "argue", "declar", "react", "respond", "repli", "reply",
        "ask", "urge", "describe", "announce", "accuse", "deny", "admit",
    }.Select(ContentWords.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>"did Lindqvist warn", "has the Kremlin said": a capitalised name, then its lower-case verb, and any name right after it as its object ("did Bergen beat Tromso").</summary>
    [GeneratedRegex(@"\b(?:[Dd]id|[Hh]as|[Hh]ave)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*)*)\s+(?<verb>\p{Ll}+)\b(?:\s+(?:the\s+)?(?<target>\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*))?", RegexOptions.CultureInvariant)]
    private static partial Regex DidActor();

    /// <summary>"did lunde say", "has the kremlin said": one lower-case word, then a lower-case verb.</summary>
    [GeneratedRegex(@"\b(?:[Dd]id|[Hh]as|[Hh]ave)\s+(?:the\s+)?(?<name>\p{Ll}[\p{L}’'.-]*)\s+(?<verb>\p{Ll}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseSpeaker();

    /// <summary>"who beat Tromso", "who has replaced Kari Lunde": a verb right after "who", and the name after it as its object.</summary>
    [GeneratedRegex(@"\b[Ww]ho\s+(?:has\s+|have\s+|had\s+)?(?<verb>\p{Ll}+)\s+(?:the\s+)?(?<target>\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex WhoActs();

    /// <summary>"…, said Kari Lunde." / "said the Kremlin, …": a name right after "said" or "says" that ends the clause, so speaks (not "said Kari Lunde's quay…").</summary>
    [GeneratedRegex(@"\bsa(?:id|ys)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)(?=" + SpeakerEnds + ")", RegexOptions.CultureInvariant)]
    private static partial Regex SaidByName();

    /// <summary>
    /// What may follow a speaker's name after "said": punctuation or the sentence's end ("…, said Kari Lunde."), or when,
    /// where or how it was said ("said Lunde on Monday", "said Lunde in a statement"); a verb or a possessive instead
    /// makes the name what was said ("said Lunde had resigned", "said Lunde's quay").
    /// </summary>
    private const string SpeakerEnds = @"\s*(?:[,.;:!?]|$)|\s+(?:on|in|at|during|after|before|when|while|as|yesterday|today|tonight|earlier|later|last|this)\b";

    [GeneratedRegex("^(?:" + SpeakerEnds + ")", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerEnd();

    /// <summary>"do Norwegian officials say", "have Nato diplomats warned": a capitalised name, a plural noun, then the verb.</summary>
    [GeneratedRegex(@"\b(?:did|do|has|have)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)\s+(?<group>\p{Ll}+s)\s+(?<verb>\p{Ll}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GroupActor();

    /// <summary>A word the lexicon knows as a verb; one it does not know at all (a rare verb) is given the benefit of the doubt.</summary>
    private static bool IsVerb(string word) =>
        Thesaurus.Default.Lemmas(word) is var lemmas && (lemmas.Count == 0 || lemmas.Any(e => e.Class == WordClass.Verb));

    private static bool IsDemonym(string name) =>
        NameCatalog.Default.Find(name) is [{ IsDemonym: true } mention] && mention.Text.Length == name.Length;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.-][\p{L}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
