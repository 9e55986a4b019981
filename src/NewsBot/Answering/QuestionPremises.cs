using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NewsBot.Dates;
using NewsBot.Ingestion;
using NewsBot.Lexicon;
using NewsBot.Names;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>
/// What a question takes for granted, which a sentence must share before it may answer: the names the question
/// mentions and its polarity. Both catch sentences that match a question's words but answer a different question.
/// <list type="bullet">
/// <item><b>Names.</b> Every name of the question (<see cref="ContentWords.Essential"/>, less numbers, months,
/// weekdays, titles such as "President" or "Sen." and party labels) must occur in the sentence's immediate context:
/// the sentence, its paragraph (in a paragraph of more than <see cref="StatementContext.MaxParagraphSentences"/> sentences, as in a text
/// without paragraph breaks, the <see cref="StatementContext.SentencesBefore"/> sentences before it and <see cref="StatementContext.SentencesAfter"/> after
/// it), the headline, the standfirst and the byline, with what the article said earlier of the people it names more
/// briefly (<see cref="NewsBot.Names.ArticlePeople"/>: "Brannock" is "Norway's fisheries minister"), or, where the article
/// leaves someone undescribed because its readers know them, what the other articles retrieved for the question say of
/// them (<see cref="PeoplePool"/>). A name somewhere else in the article does not make the sentence about it:
/// "How many tankers has Portugal leased?" is not answered by Greece's lease in an article that mentions Portugal three
/// paragraphs later. A country or institution (<see cref="NameCatalog"/>) counts in any of its forms: its names,
/// demonyms, capitals and stand-ins ("Tokyo" is held by "Japanese", "Downing Street" by "No 10" or "UK"). Another name
/// counts exactly, as a longer or shorter form sharing at least <see cref="MinSharedPrefix"/> letters (Russia, Russian),
/// one typo away (Zeria for Zeira), as the initials of a capitalised run (EU for European Union), or, for a name of
/// several words, as its initials written in capitals (US for United States); the first words of a name of several
/// words may stand anywhere in the article when its last word is in the context ("Mr Bell" after "Charlie Bell").
/// "What did Macron propose?" is not
/// answered by an article that never mentions Macron, however well it covers proposals. A question of
/// <see cref="LongQuestionWords"/> words or more may miss one name: a country or institution named by a name, capital
/// or stand-in from the context but not from the article, any other name (a demonym included) altogether. The names of
/// a question's sentences before the one that asks set the scene and need only be in the article.</item>
/// <item><b>Polarity.</b> A negated question ("What did NATO not agree to?", "Why didn't Kyiv sign?") is answered
/// only by a sentence that itself negates, refuses or excepts ("did not", "no", "rejected", "refused", "declined",
/// "failed", "without", "other than"). Citing an affirmative sentence for it would state the opposite of what was
/// asked. Likewise a sentence that says the opposite of a word the question asks with, and not the word itself ("lowest"
/// asked, only "highest" said; "imposed" asked, only "lifted" said), answers another question.</item>
/// </list>
/// </summary>
public sealed partial class QuestionPremises
{
    /// <summary>A name matches a longer or shorter word of the article when they share at least this many letters.</summary>
    public const int MinSharedPrefix = 5;

    /// <summary>
    /// A question this long carries background (a news quiz names the governor, the company and the district before it
    /// asks which bill was opposed) that an article may word differently, so one of its names may be missing.
    /// </summary>
    public const int LongQuestionWords = 15;

    /// <summary>Titles are capitalised before a name but name nobody by themselves, nor does an office's abbreviation (<see cref="Roles"/>: "PM", "FM").</summary>
    internal static readonly FrozenSet<string> Titles = new[]
    {
        "president", "governor", "minister", "secretary", "general", "chancellor", "senator", "mayor", "king", "queen",
        "prince", "princess", "chief", "director", "chairman", "spokesman", "spokeswoman", "ambassador", "judge", "justice",
        "sen", "gov", "rep", "pres", "gen", "mr", "mrs", "ms", "dr", "prof", "democrat", "republican",
    }.Concat(Roles.Default.Abbreviations).Select(ContentWords.Stem).ToFrozenSet(StringComparer.Ordinal);

    internal static readonly FrozenSet<string> DateNames = CalendarNames.Months.Concat(CalendarNames.Weekdays)
        .Select(name => ContentWords.Stem(name.ToLowerInvariant()))
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NegatingWords = new[]
    {
        "not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Stemmed words that state a refusal or absence as a negation would ("Ukraine declined to sign").</summary>
    private static readonly FrozenSet<string> NegativeStems = new[]
    {
        "refus", "declin", "reject", "deni", "fail", "lack", "absent", "unabl", "unwill", "oppos", "ban", "bann", "halt",
        "stop", "stopp", "abandon", "instead", "ceas", "withdrew", "withdrawn", "withdraw", "exclud", "except",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Connectives that turn a sentence against what follows ("a prime other than 2 and 5").</summary>
    private static readonly string[] NegatingPhrases = ["other than", "rather than", "apart from"];

    internal static readonly FrozenSet<string> AcronymConnectors = new[] { "of", "and", "for", "the", "on", "in" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words whose opposite in the sentence turns it against the question ("lowest" asked, "highest" said).</summary>
    private static readonly FrozenDictionary<string, string[]> Opposites = """
        first last|most least|most fewest|more fewer|highest lowest|largest smallest|biggest smallest|greatest least
        increase decrease|increased decreased|increases decreases|increasing decreasing|rise fall|rose fell|risen fallen
        earliest latest|north south|east west|northern southern|eastern western|northernmost southernmost|positive negative
        accept reject|accepted rejected|win lose|won lost|victory defeat|maximum minimum|upper lower|inner outer
        heat cold|hot cold|warmest coldest|wettest driest|oldest newest|older newer|strongest weakest|stronger weaker
        strong weak|longest shortest|longer shorter|richest poorest|richer poorer|success failure|successful unsuccessful
        legal illegal|allowed banned|allowed forbidden|permitted prohibited|began ended|opened closed|supported opposed
        import export|imports exports|imported exported|majority minority|best worst|better worse|easier harder
        accurate inaccurate|correct incorrect|possible impossible|likely unlikely|youngest oldest|younger older
        born died|birth death|entered left|arrived departed|created destroyed|built demolished|built destroyed|bought sold
        lifted imposed|gained lost|added removed|included excluded|internal external|domestic foreign|private public
        larger smaller|bigger smaller|higher lower|westward eastward|westerly easterly|lack possess|lacks possesses
        """
        .Split((char[])['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(pair => pair.Split(' '))
        .SelectMany(pair => new[] { (pair[0], pair[1]), (pair[1], pair[0]) })
        .GroupBy(p => p.Item1, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Item2).ToArray(), StringComparer.Ordinal);

    private readonly Dictionary<string, ContextTerms> _contexts = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<IReadOnlyList<string>> _phrases;

    /// <summary>
    /// A why question asked of something that did not happen ("why didn't the council vote?") is answered by a reason,
    /// which seldom negates ("the council ran out of time"), so its polarity is not held to a sentence.
    /// </summary>
    private readonly bool _asksWhy;

    /// <summary>Each question word that has opposites, with those of its opposites the question does not use itself.</summary>
    private readonly IReadOnlyList<(string Word, string[] Opposites)> _opposable;

    /// <summary>The names the question writes as an abbreviation in capitals of at least three letters ("HRC"), which a context may spell out in any case ("a harbour recovery committee spokesperson").</summary>
    private readonly HashSet<string> _abbreviations;

    private QuestionPremises((IReadOnlyList<string> Names, IReadOnlyList<NameMention> Entities) asked, (IReadOnlyList<string> Names, IReadOnlyList<NameMention> Entities) background, IReadOnlyList<IReadOnlyList<string>> phrases, int tolerated, bool isNegated, bool asksWhy, IReadOnlyList<(string, string[])> opposable, HashSet<string> abbreviations)
    {
        _abbreviations = abbreviations;
        _asksWhy = asksWhy;
        (Names, Entities) = asked;
        (BackgroundNames, BackgroundEntities) = background;
        _phrases = phrases;
        _opposable = opposable;
        ToleratedMissing = tolerated;
        IsNegated = isNegated;
    }

    /// <summary>The stemmed names, other than those of <see cref="Entities"/>, a supporting sentence's context must mention.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The countries and institutions the question names, each of which the context must mention in some form.</summary>
    public IReadOnlyList<NameMention> Entities { get; }

    /// <summary>
    /// The names of the sentences before the one that asks (a first sentence that sets the scene, naming the parties and
    /// the place, then the question): they set the scene, so the article must hold them, not the statement's context.
    /// </summary>
    public IReadOnlyList<string> BackgroundNames { get; }

    /// <inheritdoc cref="BackgroundNames"/>
    public IReadOnlyList<NameMention> BackgroundEntities { get; }

    /// <summary>How many of <see cref="Names"/> the article may lack: one for a long question, none otherwise.</summary>
    public int ToleratedMissing { get; }

    /// <summary>True when the question asks about something that did not happen.</summary>
    public bool IsNegated { get; }

    /// <summary>The premises of <paramref name="question"/>, read against the people described by the articles of the passages <paramref name="retrieved"/> for it, if any (<see cref="Pool"/>).</summary>
    /// <param name="topic">What the question is about, typed before it and left out of it (<see cref="QuestionFraming.Read"/>): its names are background, held by the statement's article.</param>
    public static QuestionPremises Of(string question, IReadOnlyList<Passage> retrieved, string topic = "")
    {
        ArgumentNullException.ThrowIfNull(retrieved);
        ArgumentNullException.ThrowIfNull(topic);

        var premises = topic.Length == 0 ? Of(question) : Of(question).WithTopic(topic);
        premises = premises.WithNamesWrittenLowerCase(question, retrieved);
        premises.Pool = retrieved.Count > 0 ? new PeoplePool(retrieved) : null;
        return premises;
    }

    /// <summary>
    /// These premises with the names the question writes in lower case, as chat leaves them ("how much is the fjordpod
    /// mini?"): a word the lexicon and the name catalogue do not know, which the retrieved sentences write, and only
    /// ever with a capital ("Fjordpod", "the FjordPod"). A word the lexicon knows ("mini", "ferry") stays a word, whatever
    /// the coverage's capitals, and so does one the retrieved sentences never write.
    /// </summary>
    private QuestionPremises WithNamesWrittenLowerCase(string question, IReadOnlyList<Passage> retrieved)
    {
        var written = KeyTerms.Words(question)
            .Where(w => w.Length >= 3 && w.All(char.IsLower) && !KeyTerms.IsFunctionWord(w) && Thesaurus.Default.Lemmas(w).Count == 0 && NameCatalog.Default.Find(w).Count == 0)
            .Select(w => (Word: w, Stem: ContentWords.Stem(w)))
            .Where(w => !Names.Contains(w.Stem) && !DateNames.Contains(w.Stem))
            .DistinctBy(w => w.Stem)
            .ToList();
        var pairs = LowerCasePairs(question);
        if ((written.Count == 0 && pairs.Count == 0) || retrieved.Count == 0)
        {
            return this;
        }

        var names = written.Where(w => CapitalisedOnly(w.Word, w.Stem, retrieved)).Select(w => w.Stem)
            .Concat(pairs.Where(p => CapitalisedPairOnly(p, retrieved)).SelectMany(p => new[] { ContentWords.Stem(p.First), ContentWords.Stem(p.Second) }))
            .Where(stem => !Names.Contains(stem))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? this : With(([.. Names, .. names], Entities), (BackgroundNames, BackgroundEntities));
    }

    /// <summary>
    /// Two words side by side in the question, both in lower case and neither a function word, a name already or a
    /// date's: a name of common words may stand there ("the six nations", "the ferry office"), which <see
    /// cref="CapitalisedPairOnly"/> tells from a phrase.
    /// </summary>
    private List<(string First, string Second)> LowerCasePairs(string question)
    {
        var words = KeyTerms.Words(question);
        var pairs = new List<(string, string)>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (Candidate(words[i]) && Candidate(words[i + 1]))
            {
                pairs.Add((words[i], words[i + 1]));
            }
        }

        return pairs;

        bool Candidate(string word) =>
            word.Length >= 3 && word.All(char.IsLower) && !KeyTerms.IsFunctionWord(word) && ContentWords.Stem(word) is var stem && !Names.Contains(stem) && !DateNames.Contains(stem);
    }

    /// <summary>
    /// True when the sentences of <paramref name="retrieved"/> write the two words side by side inside a sentence, the
    /// second in some form, and there always both with a capital: "the Six Nations", "the Ferry Office". A pair the
    /// coverage also writes in lower case ("the prime minister" beside "Prime Minister Kari Lunde") is a phrase.
    /// </summary>
    private static bool CapitalisedPairOnly((string First, string Second) pair, IReadOnlyList<Passage> retrieved)
    {
        var pattern = new Regex($@"\b{Regex.Escape(pair.First)}\s+(?<second>{Regex.Escape(pair.Second)}\p{{L}}*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        var seen = false;
        foreach (var passage in retrieved)
        {
            foreach (Match match in pattern.Matches(passage.Sentence.Text))
            {
                if (KeyTerms.OpensSentence(passage.Sentence.Text, match.Index))
                {
                    continue;
                }

                if (!char.IsUpper(match.Value[0]) || !char.IsUpper(match.Groups["second"].Value[0]))
                {
                    return false;
                }

                seen = true;
            }
        }

        return seen;
    }

    /// <summary>True when the sentences of <paramref name="retrieved"/> write <paramref name="word"/>, in some form, inside a sentence and on its own, and always with a capital there.</summary>
    /// <param name="stem">The word's stem (<see cref="ContentWords.Stem"/>), which its forms share.</param>
    private static bool CapitalisedOnly(string word, string stem, IReadOnlyList<Passage> retrieved)
    {
        var seen = false;
        foreach (var passage in retrieved)
        {
            foreach (Match match in WordForms().Matches(passage.Sentence.Text))
            {
                // A capital that opens a sentence, or a part of a hyphenated name ("the Harbour-Fjordpod"), says nothing of the word.
                if (match.Value.StartsWith(word, StringComparison.OrdinalIgnoreCase) && ContentWords.Stem(match.Value) == stem
                    && !KeyTerms.OpensSentence(passage.Sentence.Text, match.Index) && (match.Index == 0 || passage.Sentence.Text[match.Index - 1] != '-'))
                {
                    if (!match.Value.Any(char.IsUpper))
                    {
                        return false;
                    }

                    seen = true;
                }
            }
        }

        return seen;
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordForms();

    public static QuestionPremises Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        // A country or institution counts in any of its forms, so its words are not looked for one by one.
        var entities = NameCatalog.Default.FindAsked(question).ToList();
        var entityWords = entities.SelectMany(m => ContentWords.Of(m.Text)).ToHashSet(StringComparer.Ordinal);

        // A date the question gives is matched as a date (DateEvidence), not as a name: "17 Nov" names no one.
        var dateWords = DateRecognizer.Recognize(question, reference: null).SelectMany(m => ContentWords.Of(m.Text)).ToHashSet(StringComparer.Ordinal);

        // Each sentence of the question on its own, so the capital that opens its second sentence is no name; the last
        // one asks, any before it set the scene, as does a frame ("according to Oslo's mayor", "for the harbour
        // story": QuestionFraming.Frame) that says where the answer was said or written.
        var framed = QuestionFraming.Frame(question);
        var (ask, askStart, frame) = (framed.Ask, framed.AskStart, framed.Frame);
        var asking = askStart + (SentenceEnd().Matches(ask).LastOrDefault() is { } end ? end.Index + end.Length : 0);
        var askEnd = askStart + ask.Length;
        var names = NamesIn(question[asking..askEnd], entityWords, dateWords);
        var background = NamesIn($"{question[..asking]}\n{frame}", entityWords, dateWords).Except(names, StringComparer.Ordinal).ToList();
        bool Asks(NameMention m) => m.Start >= asking && m.Start < askEnd;
        var phrases = KeyTerms.Names(question)
            .Select(n => (IReadOnlyList<string>)n.Split(' ').Where(w => !AcronymConnectors.Contains(w)).Select(w => ContentWords.Stem(w)).ToList())
            .Where(p => p.Count > 1)
            .ToList();
        var questionWords = KeyTerms.Words(question);
        var tolerated = questionWords.Count >= LongQuestionWords ? 1 : 0;
        var words = LowerWords(question);
        var opposable = words
            .Where(Opposites.ContainsKey)
            .Select(w => (w, Opposites[w].Where(o => !words.Contains(o)).ToArray()))
            .Where(o => o.Item2.Length > 0)
            .ToList();
        // "No 10" names Downing Street and negates nothing.
        var unnamed = entities.Aggregate(question, (text, m) => string.Concat(text.AsSpan(0, m.Start), new string(' ', m.Text.Length), text.AsSpan(m.Start + m.Text.Length)));
        return new QuestionPremises(
            (names, entities.Where(Asks).ToList()),
            (background, entities.Where(m => !Asks(m)).ToList()),
            phrases,
            tolerated,
            Negates(unnamed[Math.Min(QuestionFraming.AskAfterOpening(question), askEnd)..]),
            AskedReason.Of(question).IsAsked,
            opposable,
            questionWords.Where(w => w.Length is >= 3 and <= ContextTerms.MaxInitials && w.All(char.IsUpper)).Select(w => ContentWords.Stem(w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>These premises with the names of <paramref name="topic"/>, given before the question, as background: the article must hold them.</summary>
    private QuestionPremises WithTopic(string topic)
    {
        var entities = NameCatalog.Default.FindAsked(topic).ToList();
        var entityWords = entities.SelectMany(m => ContentWords.Of(m.Text)).ToHashSet(StringComparer.Ordinal);
        // Restored from lower case, the topic's capitals are all names, its first word's too: read after a stop word, it opens no sentence.
        var names = NamesIn($"of {topic}", entityWords, []).Except(Names, StringComparer.Ordinal);
        return With((Names, Entities), ([.. BackgroundNames.Union(names, StringComparer.Ordinal)], [.. BackgroundEntities, .. entities]));
    }

    /// <summary>These premises with other names asked and in the background, and everything else the same.</summary>
    private QuestionPremises With((IReadOnlyList<string> Names, IReadOnlyList<NameMention> Entities) asked, (IReadOnlyList<string> Names, IReadOnlyList<NameMention> Entities) background) =>
        new(asked, background, _phrases, ToleratedMissing, IsNegated, _asksWhy, _opposable, _abbreviations);

    private static List<string> NamesIn(string text, HashSet<string> entityWords, HashSet<string> dateWords) => SentenceEnd().Split(text)
        .SelectMany(ContentWords.Essential)
        .Distinct(StringComparer.Ordinal)
        .Where(w => (!w.Any(char.IsDigit) || IsModelName(w)) && !DateNames.Contains(w) && !Titles.Contains(w) && !entityWords.Contains(w) && !dateWords.Contains(w))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// A word of letters then digits names a thing as a name does, in any case: a model, a console, a road ("KX5",
    /// "A400M", "m25"); a figure with its unit or suffix ("17th", "1990s", "5pm") begins with a digit and names nothing,
    /// nor does a quarter or half of a year ("q3", "h1"). A hyphenated one ("X-15") is two words, the second a number.
    /// </summary>
    private static bool IsModelName(string word) => char.IsLetter(word[0]) && word.Any(char.IsDigit) && !QuarterOrHalf().IsMatch(word);

    [GeneratedRegex(@"^(?:q[1-4]|h[12])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuarterOrHalf();

    /// <summary>True when <paramref name="text"/> negates: "not", "never", "no", "n't", ….</summary>
    public static bool Negates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return KeyTerms.Words(text).Any(w => NegatingWords.Contains(w) || w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the passage's sentence may answer the question as far as its premises go.</summary>
    public bool HeldBy(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);

        return PolarityHeldBy(passage.Sentence.Text) && !Opposes(passage.Sentence.Text) && NamesHeldBy(passage);
    }

    /// <summary>False when the question is negated, asks no reason, and the sentence neither negates nor refuses.</summary>
    public bool PolarityHeldBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return !IsNegated || _asksWhy || Refuses(sentence);
    }

    /// <summary>The people the question's retrieved articles describe, read when a statement's own article leaves a name undescribed.</summary>
    public PeoplePool? Pool { get; private set; }

    /// <summary>True when the passage's context holds the names the question asks about.</summary>
    public bool NamesHeldBy(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);

        if (Names.Count == 0 && Entities.Count == 0 && BackgroundNames.Count == 0 && BackgroundEntities.Count == 0)
        {
            return true;
        }

        // The context, and only if it fails, the context with what the other retrieved articles say of its people.
        var (key, text) = StatementContext.Of(passage);
        return NamesHeldIn(passage.Article, key, text)
            || (Pool?.Describe(text, passage.Article) is { Length: > 0 } around && NamesHeldIn(passage.Article, $"{key}+pool", $"{text}\n{around}"));
    }

    /// <summary>True when <paramref name="text"/>, a statement's context cached under <paramref name="key"/>, holds the question's names, with the byline and the rest of <paramref name="article"/> where they may stand.</summary>
    private bool NamesHeldIn(Article article, string key, string text)
    {
        var (missing, missingEntities) = Missing(Names, Entities, key, text, article);

        // The writer is named by the byline, not the text: "in Okafor's column" is a premise every sentence of it holds.
        // Only a person's name is read there: a byline's "Jordan" or "Moscow correspondent" names no country.
        if (missing > missingEntities.Count && article.Byline is { Length: > 0 } byline)
        {
            missing = Missing(Names, [], $"{key}+byline", $"{text}\n{byline}", article).Count + missingEntities.Count;
        }

        // A country the long question names may be missing from the context, not from the article: a question about
        // what one capital promised another is not answered by a third country's promise in an article that never
        // names the first. A demonym often says what kind of thing is asked for ("which English county") and is
        // tolerated like any other name.
        if (missing > ToleratedMissing)
        {
            return false;
        }

        // The rest reads the whole article, which most candidates never need.
        if (!missingEntities.Any(m => !m.IsDemonym) && BackgroundNames.Count == 0 && BackgroundEntities.Count == 0)
        {
            return true;
        }

        var articleText = $"{article.Headline}\n{article.Text}";
        if (missingEntities.Any(m => !m.IsDemonym && !NameCatalog.Holds(Terms(article.Id, articleText).NameWords, m)))
        {
            return false;
        }

        var (background, _) = Missing(BackgroundNames, BackgroundEntities, article.Id, articleText, article);
        return missing + background <= ToleratedMissing;
    }

    /// <summary>How many of the names and entities <paramref name="text"/> lacks, and which entities.</summary>
    private (int Count, List<NameMention> Entities) Missing(IReadOnlyList<string> names, IReadOnlyList<NameMention> entities, string key, string text, Article article)
    {
        if (names.Count == 0 && entities.Count == 0)
        {
            return (0, []);
        }

        var terms = Terms(key, text);
        var missingEntities = entities.Where(m => !NameCatalog.Holds(terms.NameWords, m)).ToList();

        // Most names stand in the text as written, which a search settles without reading all its words.
        var missing = names.Where(n => !HasWordStarting(text, n)).ToHashSet(StringComparer.Ordinal);
        if (missing.Count == 0)
        {
            return (missingEntities.Count, missingEntities);
        }

        missing.RemoveWhere(terms.Mentions);

        // "United States" is written "US", "European Union" "EU".
        foreach (var phrase in _phrases.Where(p => p.Any(missing.Contains) && terms.Acronyms.Contains(string.Concat(p.Select(w => w[0])))))
        {
            missing.ExceptWith(phrase);
        }

        // "HRC" is written "a harbour recovery committee spokesperson".
        missing.RemoveWhere(n => _abbreviations.Contains(n) && terms.SpellsOut(n));

        // A person named in full once is "Mr Bell" after: the surname in the context and the first name in the article
        // name the same "Charlie Bell".
        foreach (var phrase in _phrases.Where(p => p.Any(missing.Contains) && !missing.Contains(p[^1])))
        {
            missing.RemoveWhere(w => phrase.Take(phrase.Count - 1).Contains(w) && (HasWordStarting(article.Headline, w) || HasWordStarting(article.Text, w)));
        }

        // A name of several words ("Central Asian", "Harbour Line") is one name: missing whole, it counts once.
        var count = missing.Count - _phrases.Where(p => p.Count(missing.Contains) > 1 && p.All(w => missing.Contains(w) || !names.Contains(w))).Sum(p => p.Count(missing.Contains) - 1);
        return (count + missingEntities.Count, missingEntities);
    }

    /// <summary>The terms of a context or article, read once per question: it looks at a handful of sentences, several of which may share a context.</summary>
    private ContextTerms Terms(string key, string text)
    {
        if (!_contexts.TryGetValue(key, out var terms))
        {
            terms = new ContextTerms(text);
            _contexts[key] = terms;
        }

        return terms;
    }

    /// <summary>
    /// True when a word of <paramref name="text"/> starts with <paramref name="stem"/> (any case): "russia" in
    /// "Russian", "knight" in "Knights". A stem shorter than four letters must be the whole word, so "un" is not found
    /// in "under".
    /// </summary>
    private static bool HasWordStarting(string text, string stem)
    {
        return AnswerType.AllIndexes(text, stem).Any(i =>
            (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
            && (stem.Length >= 4 || i + stem.Length == text.Length || !char.IsLetterOrDigit(text[i + stem.Length])));
    }

    /// <summary>True when the sentence says the opposite of a word the question asks with, and not that word itself.</summary>
    public bool Opposes(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        if (_opposable.Count == 0)
        {
            return false;
        }

        var words = LowerWords(sentence);
        return _opposable.Any(o => !words.Contains(o.Word) && o.Opposites.Any(words.Contains));
    }

    private static HashSet<string> LowerWords(string text) =>
        KeyTerms.Words(text).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private static bool Refuses(string sentence) =>
        Negates(sentence)
        || ContentWords.Of(sentence).Overlaps(NegativeStems)
        || NegatingPhrases.Any(p => sentence.Contains(p, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
