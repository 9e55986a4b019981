using System.Buffers;
using System.Text.RegularExpressions;
using NewsBot.Dates;
using NewsBot.Lexicon;
using NewsBot.Names;

namespace NewsBot.Answering;

/// <summary>
/// The finer kind of figure a question asks for, read from how it asks, and whether a sentence states one of that
/// kind (<see cref="StatedValues"/>). A sentence whose only figures are of another kind does not answer, however
/// well its words match: "how many fishermen were rescued" is not answered by a reef's size in metres, "how much did
/// the firm pay" by the year of the sale, "what did the painting fetch" by how many bidders wanted it,
/// and a rate "against the yen" by one against the dollar.
/// <list type="bullet">
/// <item><b>Money</b>: "how much … pay/cost/spend/sell for/…", "how much money", "what (is the) price/value/cost/fee of …", "what will/does … cost", "what is it going to cost", "what was … selling for",
/// "what were the firm's earnings" (<see cref="NamesMoney"/>), "how much are tickets" (<see cref="PricedIn"/>).</item>
/// <item><b>Rate</b>: a question about trading or an exchange rate "against/to the &lt;currency&gt;": the sentence must name that
/// currency and the one whose rate is asked ("the peso trading against the yen": a sentence with both).</item>
/// <item><b>Percent</b>: "what percentage/share/proportion of …": a share, as a percentage or a fraction ("nearly a quarter of its farmers").</item>
/// <item><b>Rank</b>: "what is … ranked", "what's … ranking", "what rank …": a place in a ranking (<see cref="StatesRank"/>).</item>
/// <item><b>Clock</b>: "what time did …", "at what time": a time of day, or at least the part of the day ("at 6.40am",
/// "by midnight", "on Friday evening"); a sentence with only a date does not say when in the day.</item>
/// <item><b>Measure</b>: "how many &lt;unit&gt;" (<see cref="Units"/>: days, miles, tonnes, …) or "how many times", "how far/long/tall/high/big/deep/wide": any figure but a share answers, "how old" only an age (<see cref="Age"/>), and a share too for "how big/large/high" (<see cref="Share"/>); "how far/long/tall/deep/wide/heavy/fast" only a figure in units, a year that bounds a span ("since 1962", not "in 1962") or a sum ("how deep are the cuts": "£2bn"), never a bare count (<see cref="Unit"/>).
/// "How big/large/wide/deep/tall" usually asks for an extent ("2 kilometres by 900 metres", "55 hectares") and "how quickly/soon/fast"
/// for a duration or speed ("in eight minutes", "in two days"): <see cref="Measures"/> prefers those and checks no
/// sentence, though a pace asked must be told by the lead or its article (<see cref="AsksPace"/>).</item>
/// <item><b>Count</b>: "how many &lt;noun&gt;" otherwise: a count, not a measure, sum of money, share, multiple or bare year;
/// a count of the dead does not answer how many were injured, nor the reverse (<see cref="Casualties"/>), and a count of
/// another make does not answer one asked by its make ("10 Skylark drones" for how many KV7 drones, <see cref="Model"/>); "what's the death toll"
/// asks a count of the dead.</item>
/// </list>
/// Other questions ask for no particular kind, and every sentence holds it. A figure of the kind asked answers only if
/// it is stated for what the question names: one in a clause that names another country or institution instead of one
/// the question names and the sentence's other clause holds is that other's figure.
/// </summary>
public sealed partial record AskedValue
{
    public static readonly AskedValue Any = new() { Kind = ValueKind.None };

    public required ValueKind Kind { get; init; }

    /// <summary>The countries and institutions the question names, whose figure a value must be (<see cref="IsAnothers"/>).</summary>
    public IReadOnlySet<NamedEntity> Entities { get; init; } = new HashSet<NamedEntity>();

    /// <summary>What a size or speed asked ("how big", "how quickly") is usually measured in (<see cref="Measures"/>).</summary>
    public Dimension Dimension { get; init; }

    /// <summary>
    /// True when the question asks how soon or how quickly something came ("how quickly did the council reply?"). The
    /// story's main sentence says that it came, and quoting it answers another question, so a lead must tell the pace
    /// (<see cref="Measures"/>: "within hours", "the next day", "at once"), or its article must in a sentence of its own,
    /// or the coverage does not answer.
    /// </summary>
    public bool AsksPace => Dimension == Dimension.Duration;

    /// <summary>For a <see cref="ValueKind.Measure"/>, true when a share answers too: "how big a stake" (30%), "how high is turnout" (62%).</summary>
    public bool Share { get; init; }

    /// <summary>For a <see cref="ValueKind.Measure"/>, true when a figure in units, a year or a sum answers but a bare count does not: "how long was the call" is not answered by a count of the dead.</summary>
    public bool Unit { get; init; }

    /// <summary>
    /// For a <see cref="ValueKind.Measure"/>, true when the question asks "how much" of something other than money: an
    /// amount, answered by a share, a measure, a multiple or a sum ("how much of the vote", "how much grain", "how much
    /// will the closure save"), never by a count of things, a year or a time of day ("nine consulates", "in 2003").
    /// </summary>
    public bool Amount { get; init; }

    /// <summary>
    /// For a <see cref="ValueKind.Measure"/>, true when the question asks how old someone or something is: only an age
    /// answers, as news writes one (<see cref="StatesAge"/>), not any other figure the sentence holds ("the 60m",
    /// "in 2004"): a sentence about the person that gives no age leaves the question unanswered.
    /// </summary>
    public bool Age { get; init; }

    /// <summary>For a count, the harm it asks about, if any: the dead, the injured (<see cref="Casualties"/>).</summary>
    public (bool Dead, bool Injured) Harm { get; init; }

    /// <summary>
    /// For a count, true when the question asks how many live in a place ("how many people live in Vardo", "how many
    /// inhabitants", "its population"). Only then does a population answer: "Vardo, a town of 4,000 people" says how
    /// big the town is, not how many died there or came to its festival (<see cref="IsPopulation"/>).
    /// </summary>
    public bool Population { get; init; }

    /// <summary>For a count, the noun "how many" counts, as the question writes it ("countries"), when it names one.</summary>
    public string? Counted { get; init; }

    /// <summary>
    /// For a count, the make or model the question names before the counted noun ("how many KV7 drones", "how many
    /// Hornet jets"), when it names one: a word with a capital or a digit that is no country, institution or demonym (those
    /// are <see cref="Entities"/>, checked by clause). A count whose own phrase names another make ("10 Skylark 6
    /// drones") is of other things (<see cref="CountsAnother"/>).
    /// </summary>
    public string? Model { get; init; }

    /// <summary>
    /// The countries and institutions the question names as whose the value is, not where it went or came from, nor whom
    /// it was given to (<see cref="Owns"/>): "Norway" in "how many drones did Norway send to Sweden?" and in "how much aid
    /// has Norway given Sweden?". A figure whose sentence names none of them, and whose clause names another as the one
    /// it is of, is that other's (<see cref="IsAnothers"/>); a count whose owner only qualifies another mention of the
    /// counted noun counts other things (<see cref="QualifiesAnotherMention"/>).
    /// </summary>
    public IReadOnlySet<NamedEntity> Owners { get; init; } = new HashSet<NamedEntity>();

    /// <summary>
    /// For a price asked ("how much are tickets", "how much is the Vardo ferry fare"), the thing priced, as the question
    /// writes its last word: a sum in a sentence that never names it (in any form, or a noun the lexicon gives as its
    /// synonym) is the price of something else ("the £40m Vardo opera house" for what tickets to the opera cost).
    /// </summary>
    public string? Priced { get; init; }

    /// <summary>For a <see cref="ValueKind.Rate"/>, the currency the rate is quoted against ("yen").</summary>
    public string? Counter { get; init; }

    /// <summary>For a <see cref="ValueKind.Rate"/>, the currency whose rate is asked ("peso"), when the question names it.</summary>
    public string? Base { get; init; }

    public static AskedValue Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        var mentions = NameCatalog.Default.FindAsked(question);
        var value = Read(question, mentions.SelectMany(m => m.Entities).ToHashSet());
        value = value.Kind == ValueKind.Count && AsksPopulation().IsMatch(question) ? value with { Population = true } : value;
        return value.Entities.Count > 0 ? value with { Owners = mentions.Where(m => Owns(question, m)).SelectMany(m => m.Entities).ToHashSet() } : value;
    }

    /// <summary>
    /// Whether a name the question gives is whose the value is: not where it went or came from ("to Sweden", "from
    /// Norway"), nor when ("after the Oslo summit"), nor whom it was given to, right after the verb ("has Norway given
    /// Sweden"). A part's "of" keeps its owner ("how many of Norway's troops").
    /// </summary>
    private static bool Owns(string question, NameMention mention)
    {
        var before = question.AsSpan(0, mention.Start);
        if (AskedAfterPreposition().IsMatch(before))
        {
            return false;
        }

        var words = KeyTerms.Words(before.ToString());
        if (words.Count == 0)
        {
            return true;
        }

        var last = words[^1];
        return KeyTerms.IsFunctionWord(last) || KeyTerms.IsCapitalised(last) || !Thesaurus.Default.Lemmas(last.ToLowerInvariant()).Any(e => e.Class == WordClass.Verb);
    }

    private static AskedValue Read(string question, HashSet<NamedEntity> entities)
    {
        if (RateAgainst.Match(question) is { Success: true } rate)
        {
            return new AskedValue { Kind = ValueKind.Rate, Counter = rate.Groups["counter"].Value, Base = RateOf().Match(question) is { Success: true } of && !KeyTerms.IsFunctionWord(of.Groups["base"].Value) ? of.Groups["base"].Value : null };
        }

        if (AsksClock().IsMatch(question))
        {
            return new AskedValue { Kind = ValueKind.Clock };
        }

        if (AsksRank().IsMatch(question))
        {
            return new AskedValue { Kind = ValueKind.Rank };
        }

        if (AsksMoney().IsMatch(question) || NamesMoney().IsMatch(question))
        {
            return new AskedValue { Kind = ValueKind.Money, Entities = entities };
        }

        if (PricedIn(question) is { } priced)
        {
            return new AskedValue { Kind = ValueKind.Money, Entities = entities, Priced = priced };
        }

        if (AsksToll().IsMatch(question))
        {
            return new AskedValue { Kind = ValueKind.Count, Entities = entities, Harm = Casualties.Of(question) };
        }

        if (HowMany().Match(question) is { Success: true } many)
        {
            var noun = many.Groups["noun"].Value;
            return new AskedValue { Kind = Currencies.Default.IsWord(noun) ? ValueKind.Money : Units.Is(noun) || noun.Equals("times", StringComparison.OrdinalIgnoreCase) ? ValueKind.Measure : ValueKind.Count, Entities = entities, Harm = Casualties.Of(question), Counted = noun.Length > 0 ? noun : null, Model = noun.Length > 0 ? ModelIn(many.Groups["qualifier"].Value) : null };
        }

        if (AsksShare().IsMatch(question))
        {
            return new AskedValue { Kind = ValueKind.Percent, Entities = entities };
        }

        if (AsksAmount(question))
        {
            return new AskedValue { Kind = ValueKind.Measure, Entities = entities, Amount = true };
        }

        var dimension = AsksDimension().Match(question) is { Success: true } asked ? asked.Groups["extent"].Success ? Dimension.Extent : Dimension.Duration : Dimension.Any;
        return AsksMeasure().Match(question) is { Success: true } measure ? new AskedValue { Kind = ValueKind.Measure, Entities = entities, Dimension = dimension, Share = measure.Groups["share"].Success, Unit = measure.Groups["unit"].Success, Age = measure.Groups["age"].Success }
            : dimension != Dimension.Any ? Any with { Dimension = dimension }
            : Any;
    }

    /// <summary>True when <paramref name="sentence"/> states a figure of the kind asked (always, when none is asked).</summary>
    public bool HeldBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return HeldBy(sentence, null);
    }

    /// <param name="located">The sentence's figures (<see cref="StatedValues.Located"/>) when the caller has read them already.</param>
    private bool HeldBy(string sentence, IReadOnlyList<(ValueKind Kind, int Start)>? located)
    {
        if (Kind == ValueKind.None)
        {
            return true;
        }

        if (Kind == ValueKind.Rate)
        {
            return AnswerType.AllIndexes(sentence, Counter!).Any() && (Base is null || AnswerType.AllIndexes(sentence, Base).Any());
        }

        if (Kind == ValueKind.Clock)
        {
            return StatedValues.ClockTime().IsMatch(sentence);
        }

        if (Kind == ValueKind.Rank)
        {
            return StatesRank().IsMatch(sentence);
        }

        if (Age)
        {
            return StatesAge().IsMatch(sentence);
        }

        // "For the 21st time", "for a third time": a count of times that news writes as an ordinal, which is no figure.
        if (Kind == ValueKind.Measure && "times".Equals(Counted, StringComparison.OrdinalIgnoreCase) && NthTime().IsMatch(sentence))
        {
            return true;
        }

        if (Kind == ValueKind.Count && Casualties.Swapped(Harm, sentence))
        {
            return false;
        }

        if (Priced is not null && !Names(sentence, Priced))
        {
            return false;
        }

        var figures = (located ?? StatedValues.Located(sentence)).Where(f => Fits(f.Kind) && !CountsAnother(sentence, f) && (!Unit || f.Kind != ValueKind.Year || Spans(sentence, f.Start))).ToList();

        // "How fast must the aid arrive?" is answered by a pace with no figure to own ("within days", "days, not weeks"),
        // "how far can the radar see?" by a rough distance ("a few tens of kilometres").
        if (figures.Count == 0 && Kind == ValueKind.Measure && Dimension is Dimension.Duration or Dimension.Extent)
        {
            return Units.States(sentence, Dimension);
        }

        if (figures.Count == 0 || Entities.Count == 0)
        {
            return figures.Count > 0;
        }

        // Whether a figure is another's depends only on its clause: each clause's names are read once.
        var bounds = ClauseBreak().Matches(sentence).Select(m => m.Index).Prepend(0).Append(sentence.Length).ToList();
        return figures.Select(f => Enumerable.Range(0, bounds.Count - 1).Last(i => bounds[i] <= f.Start)).Distinct().Any(clause => !IsAnothers(sentence, bounds, clause));
    }

    /// <summary>
    /// True when <paramref name="sentence"/> counts the very thing a count question asks of: a count followed within a
    /// few words by the counted noun in any form ("how many countries": "from 14 countries", "14 other countries"), or,
    /// for a question about the dead or the injured, a count in a sentence that speaks of that harm ("the death toll":
    /// "killed 12 passengers"). False for any other kind of question, and for a count of something else ("a crew of six").
    /// </summary>
    public bool CountsAsked(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        if (Kind != ValueKind.Count)
        {
            return false;
        }

        var located = StatedValues.Located(sentence);
        if (!HeldBy(sentence, located))
        {
            return false;
        }

        var said = Casualties.Of(sentence);
        if ((Harm.Dead && said.Dead) || (Harm.Injured && said.Injured))
        {
            return true;
        }

        if (Counted is null)
        {
            return false;
        }

        var stem = ContentWords.Stem(Counted);
        var asked = Nouns(Counted);
        return located
            .Where(f => f.Kind == ValueKind.Count)
            .Any(f => CountedWords().Matches(sentence, f.Start).Take(4).Any(w => SameNoun(w.Value, stem, asked)));
    }

    /// <summary>True when the count at <paramref name="start"/> in <paramref name="sentence"/> is of other things or people than the ones asked, or a population (<see cref="CountsAnother"/>).</summary>
    public bool CountsAnotherAt(string sentence, int start)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return CountsAnother(sentence, (ValueKind.Count, start));
    }

    /// <summary>A form of the asked noun, or a noun the lexicon gives as its synonym either way ("three roles" for "how many parts").</summary>
    private static bool SameNoun(string word, string stem, List<LexiconEntry> asked) =>
        ContentWords.Stem(word) == stem
        || (Nouns(word) is { Count: > 0 } nouns
            && asked.Any(a => nouns.Any(n => n.Synonyms.Contains(a.Lemma, StringComparer.OrdinalIgnoreCase) || a.Synonyms.Contains(n.Lemma, StringComparer.OrdinalIgnoreCase))));

    /// <summary>True when <paramref name="sentence"/> names <paramref name="noun"/> in some form (<see cref="SameNoun"/>).</summary>
    private static bool Names(string sentence, string noun)
    {
        var (stem, asked) = (ContentWords.Stem(noun), Nouns(noun));
        return CountedWords().Matches(sentence).Any(w => SameNoun(w.Value, stem, asked));
    }

    /// <summary>The lexicon's noun entries for <paramref name="word"/>.</summary>
    private static List<LexiconEntry> Nouns(string word) => Thesaurus.Default.Lemmas(word).Where(e => e.Class == WordClass.Noun).ToList();

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex CountedWords();

    /// <summary>
    /// True when <paramref name="figure"/> is a count of a thing the question does not count, by the noun its phrase
    /// names ("300,000 council and housing association tenants" for how many homes; "in 13 categories" for how many
    /// awards). A phrase that names no noun (a bare figure, "300,000 of them", a noun the lexicon does not know) may be
    /// the thing asked, unless it counts people ("300 people were turned away" for how many copies sold), and so is
    /// one holding the asked word ("77 Christmas trees") or whose noun is its synonym or shares a synonym with it. People are counted under many words ("400 jobs" for how many workers, "three crews" for how many
    /// fishermen), so a count of people ("how many people", a person noun) is left to any count, and the dead or injured
    /// to their own check.
    /// </summary>
    private bool CountsAnother(string sentence, (ValueKind Kind, int Start) figure)
    {
        if (Kind != ValueKind.Count || figure.Kind != ValueKind.Count)
        {
            return false;
        }

        if (!Population && IsPopulation(sentence, figure.Start))
        {
            return true;
        }

        if (Counted is null)
        {
            return false;
        }

        if (Harm.Dead || Harm.Injured || Counted.Equals("people", StringComparison.OrdinalIgnoreCase) || PersonNouns.Default.Contains(Counted))
        {
            return CountsOtherPeople(sentence, figure.Start);
        }

        // A count of people ("300 people were turned away", "200 sailors following") is none of things, whose phrase
        // the lexicon reads no further.
        var stem = ContentWords.Stem(Counted);
        if (CountedPhrase(sentence, figure.Start) is not { } phrase)
        {
            return PeopleCounted().Match(sentence, figure.Start) is { Success: true } after
                && after.Groups["word"].Captures.Take(2).TakeWhile(w => ContentWords.Stem(w.Value) != stem).Any(w => IsPeople(w.Value));
        }

        if (Model is not null ? NamesAnotherModel(sentence, figure.Start, phrase[^1]) : QualifiesAnotherMention(sentence, figure.Start, phrase[^1]))
        {
            return true;
        }

        var noun = phrase[^1];
        if (phrase.Any(w => ContentWords.Stem(w) == stem) || AbbreviatedAs(sentence, figure.Start, noun) is { } abbreviation && ContentWords.Stem(abbreviation) == stem)
        {
            return false;
        }

        var asked = Nouns(Counted).SelectMany(e => e.Synonyms.Prepend(e.Lemma)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return !Nouns(noun).SelectMany(e => e.Synonyms.Prepend(e.Lemma)).Any(asked.Contains);
    }

    /// <summary>
    /// Of all the words people are counted under, two say whose the people are and which side of a war they are on, so a
    /// count of people that says otherwise than the question is of other people: a nationality in the count's own
    /// phrase names none of the countries asked of ("12 Portvale sailors" for how many Norwegian sailors, whatever
    /// else the sentence names), or the phrase counts civilians where combatants are asked ("soldiers", "marines",
    /// "troops": <see cref="PersonNouns.Combatants"/>), or the other way round.
    /// </summary>
    private bool CountsOtherPeople(string sentence, int start)
    {
        if (PeopleCounted().Match(sentence, start) is not { Success: true } phrase
            || phrase.Groups["word"].Captures.FirstOrDefault(w => IsPeople(w.Value)) is not { } head)
        {
            return false;
        }

        if (Owners.Count > 0 && NameCatalog.Default.Find(sentence[start..(head.Index + head.Length)]) is { Count: > 0 } named && !named.Any(m => m.Entities.Any(Owners.Contains)))
        {
            return true;
        }

        return Counted is not null && IsCivilians(Counted) != IsCivilians(head.Value) && IsCombatants(Counted) != IsCombatants(head.Value);
    }

    /// <summary>"People", or a noun whose most frequent sense is a person, a combatant or a civilian.</summary>
    private static bool IsPeople(string word) =>
        word.Equals("people", StringComparison.OrdinalIgnoreCase) || PersonNouns.Default.Contains(word) || IsCombatants(word) || IsCivilians(word);

    /// <summary>Up to four words right after a figure, with no mark between ("3,000 civilians", "hundreds of the town's civilians", "40 Swedish soldiers").</summary>
    [GeneratedRegex(@"\G[\d.,]*\p{L}*(?:\s+(?<word>\p{L}[\p{L}'’-]*)){1,4}", RegexOptions.CultureInvariant)]
    private static partial Regex PeopleCounted();

    /// <summary>True when the figure at <paramref name="start"/> is a place's population: "a town of some 4,000 people", "a population of 4,000".</summary>
    private static bool IsPopulation(string sentence, int start) => PopulationBefore().IsMatch(sentence.AsSpan(0, start));

    [GeneratedRegex(@"(?:\b(?:" + AskedPlace.PlaceNouns + @")\s+of|\bpopulation\s+(?:of|is|was|stands\s+at|has\s+grown\s+to))\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|under|just|more|fewer|less|than)\s+){0,2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PopulationBefore();

    /// <summary>"How many people live in …", "how many inhabitants", "what population": a count of those who live in a place.</summary>
    [GeneratedRegex(@"\b(?:live|lives|living|lived|inhabit\p{L}*|population|populous)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksPopulation();

    /// <summary>"Civilians": the nonmilitary, as the lexicon defines them.</summary>
    private static bool IsCivilians(string noun) => ContentWords.Stem(noun) == CiviliansStem;

    private static readonly string CiviliansStem = ContentWords.Stem("civilians");

    private static bool IsCombatants(string noun) => PersonNouns.Combatants.Contains(noun);

    /// <summary>
    /// True when the count at <paramref name="start"/>, whose phrase ends at <paramref name="noun"/>, is of another make
    /// than the one asked (<see cref="Model"/>): its phrase names a make and not the asked one ("10 Skylark 6
    /// drones" for how many KV7 drones), or the figure is itself a model number, following a make ("Skylark 6").
    /// </summary>
    private bool NamesAnotherModel(string sentence, int start, string noun)
    {
        if (MakeBefore().IsMatch(sentence.AsSpan(0, start)))
        {
            return true;
        }

        var head = sentence.IndexOf(noun, start, StringComparison.Ordinal);
        var words = sentence[start..(head + noun.Length)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(w => w.Trim(Quotes)).Where(w => w.Length > 0).ToList();
        return !words.Any(w => w.Equals(Model, StringComparison.OrdinalIgnoreCase)) && words.Any(IsMake);
    }

    /// <summary>
    /// True when the country or institution whose count is asked (<see cref="Owners"/>) stands in the sentence only to
    /// qualify another mention of the counted noun than the count at <paramref name="start"/> (whose phrase ends at
    /// <paramref name="noun"/>): "10 Skylark drones, standing in for the Norwegian drones shot down" counts no
    /// Norwegian drones, where "Norway's 10 drones" and "Norway sent 10 drones, adding to the Norwegian drones in
    /// service" do. A mention qualifies the noun when it comes within three words before it, none of them a mark.
    /// </summary>
    private bool QualifiesAnotherMention(string sentence, int start, string noun)
    {
        var head = sentence.IndexOf(noun, start, StringComparison.Ordinal);
        var asked = NameCatalog.Default.Find(sentence).Where(m => m.IsCapitalised && m.Entities.Any(Owners.Contains)).ToList();
        if (asked.Count == 0 || head < 0)
        {
            return false;
        }

        var (stem, nouns) = (ContentWords.Stem(Counted!), Nouns(Counted!));
        foreach (var mention in asked)
        {
            var qualified = QualifiedWords().Match(sentence, mention.Start + mention.Text.Length) is { Success: true } after
                ? after.Groups["word"].Captures.FirstOrDefault(w => SameNoun(w.Value, stem, nouns))
                : null;
            if (qualified is null || (qualified.Index >= start && qualified.Index <= head))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Up to three words right after a name, with no mark between.</summary>
    [GeneratedRegex(@"\G(?:['’]s|-\p{L}+)?(?:\s+(?<word>[\p{L}\d][\p{L}\d'’-]*)){1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedWords();

    private static readonly char[] Quotes = ['"', '\'', '‘', '’', '“', '”'];

    /// <summary>A word with a capital right before a figure, not opening the sentence: the make a model number follows ("the Skylark 6").</summary>
    [GeneratedRegex(@"\S\s+\p{Lu}[\p{L}-]*\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex MakeBefore();

    /// <summary>The make or model among the words before a counted noun (<see cref="Model"/>), if any.</summary>
    private static string? ModelIn(string qualifier) =>
        qualifier.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(IsMake);

    /// <summary>A word naming a make or model: written with a capital or holding a digit, and naming no country, institution or people.</summary>
    private static bool IsMake(string word) =>
        (char.IsUpper(word[0]) || word.Any(char.IsDigit)) && !NameCatalog.Default.Find(word).Any();

    /// <summary>
    /// The abbreviation news gives a counted phrase in brackets right after it: "12 parks maintenance vehicles (PMVs)"
    /// counts PMVs, which a question may ask by. The phrase read may end before its head (at <paramref name="noun"/>
    /// "parks" here), so up to three lower-case words may come between. Null when none follows.
    /// </summary>
    private static string? AbbreviatedAs(string sentence, int start, string noun)
    {
        var at = sentence.IndexOf(noun, start, StringComparison.Ordinal);
        return at >= 0 && Abbreviation().Match(sentence, at + noun.Length) is { Success: true } match ? match.Groups["short"].Value : null;
    }

    /// <summary>An abbreviation in brackets, after up to three lower-case words: capitals first, then letters or digits ("(RRVs)", "(MLRS)").</summary>
    [GeneratedRegex(@"\G(?:\s+\p{Ll}[\p{Ll}-]*){0,3}\s*\((?<short>\p{Lu}{2}[\p{L}\d]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    /// <summary>
    /// The words of the phrase a count opens at <paramref name="start"/>, up to the plural noun heading it, read up to
    /// the first mark, verb or function word (through "and", "or", "other", "more", "new": "council and housing
    /// association tenants", "14 other countries"; and through a part's "of": "two of the film's four producers"); null when no such noun comes within a few words, or a word after
    /// "and" may be a verb of the sentence ("3 million dairy cattle and produces…").
    /// </summary>
    internal static IReadOnlyList<string>? CountedPhrase(string sentence, int start)
    {
        var end = start;
        var words = new List<string>();
        var joined = false;
        var afterJoin = false;
        var partitive = false;
        foreach (Match word in CountedWords().Matches(sentence, start))
        {
            if (word.Index == start)
            {
                end = word.Index + word.Length;
                continue;
            }

            // A make's model number stands in the phrase: "10 Skylark 6 drones and spare rotors"; so does a second figure
            // sharing the noun right after "and" or "or": "600 anti-tank and 300 anti-ship missiles".
            var gap = end == start || afterJoin ? FigureGap : words.Count > 0 && char.IsUpper(words[^1][0]) ? ModelGap : PhraseGap;
            afterJoin = false;
            if (words.Count == 6 || sentence.AsSpan(end, word.Index - end).IndexOfAnyExcept(gap) >= 0)
            {
                return null;
            }

            end = word.Index + word.Length;
            var lower = word.Value.ToLowerInvariant();
            if (lower is "and" or "or" or "other" or "more" or "new")
            {
                joined |= lower is "and" or "or";
                afterJoin = lower is "and" or "or";
                continue;
            }

            // A part of a whole counts the whole's thing: "two of the film's four producers".
            if ((lower == "of" && words.Count == 0 && !partitive) || (partitive && words.Count == 0 && lower is "the" or "its" or "their" or "his" or "her"))
            {
                partitive = true;
                continue;
            }

            if (KeyTerms.IsFunctionWord(lower))
            {
                return null;
            }

            // A capital inside the phrase is a name or a make ("10 Skylark drones"), never the sentence's verb.
            var lemmas = Thesaurus.Default.Lemmas(lower);
            if (lemmas.Count > 0 && !char.IsUpper(word.Value[0]) && (lemmas.All(e => e.Class == WordClass.Verb) || (joined && lower.EndsWith('s') && lemmas.Any(e => e.Class == WordClass.Verb))))
            {
                return null;
            }

            words.Add(word.Value);
            if (lemmas.Any(e => e.Class == WordClass.Noun && !e.Lemma.Equals(lower, StringComparison.Ordinal)))
            {
                return words;
            }
        }

        return null;
    }

    /// <summary>What may stand between the words of one phrase: spaces, quotation marks and hyphens.</summary>
    private static readonly SearchValues<char> PhraseGap = SearchValues.Create(" \u00A0\"'‘’“”-");

    /// <summary>What may follow a make in a phrase: its model number ("Skylark 6", "Hornet F-18").</summary>
    private static readonly SearchValues<char> ModelGap = SearchValues.Create(" \u00A0-0123456789");

    /// <summary>What may stand between a figure's start and its phrase's first word: the figure's digits and separators too.</summary>
    private static readonly SearchValues<char> FigureGap = SearchValues.Create(" \u00A0\"'‘’“”-0123456789,.");

    /// <summary>
    /// True when the year at <paramref name="start"/> bounds a span ("since 1962", "from May 2001", "until 2010"), which
    /// says how long; a year that only dates something ("in August 1968") does not.
    /// </summary>
    private static bool Spans(string sentence, int start) => SpanStart().IsMatch(sentence.AsSpan(0, start));

    private bool Fits(ValueKind stated) => Kind switch
    {
        ValueKind.Money => stated == ValueKind.Money,
        ValueKind.Percent => stated == ValueKind.Percent,
        ValueKind.Count => stated == ValueKind.Count,
        ValueKind.Measure when Amount => stated is ValueKind.Money or ValueKind.Percent or ValueKind.Measure or ValueKind.Multiple,
        // A date or a sum says when or how much, never how fast.
        ValueKind.Measure when Dimension == Dimension.Duration => stated == ValueKind.Measure,
        ValueKind.Measure => Unit ? stated is ValueKind.Measure or ValueKind.Year or ValueKind.Money : stated != ValueKind.Percent || Share,
        _ => true,
    };

    /// <summary>
    /// True when a figure in <paramref name="clause"/> (between <paramref name="bounds"/>) is stated for another country or
    /// institution. Either the clause names one the question does not, in place of one the question names that another
    /// clause of the sentence holds ("Norway is building schools in Kenya, while the US has given $80m for clinics" for
    /// the cost of Norway's grant); or the sentence names none of the question's at all, and the clause names another
    /// of the same kind by its name or capital ("Denmark has pledged six ships" for how many Norway has pledged, under
    /// a headline about both). Asked whose the figure is (<see cref="Owners"/>), a sentence that names only where it
    /// went names none of the question's that count ("Denmark has given €80m in aid to Sweden" for how much Norway has
    /// given Sweden). A source the figure is attributed to ("…, officials in Copenhagen said", "according to
    /// the UN") owns no figure, nor does a place or party after a preposition ("six ships will sail to Denmark"), and a
    /// demonym ("Danish sailors") says where people are from, not whose figure it is.
    /// </summary>
    private bool IsAnothers(string sentence, List<int> bounds, int clause)
    {
        var text = sentence[bounds[clause]..bounds[clause + 1]];
        var named = NameCatalog.Default.Find(text).Where(m => m.IsCapitalised).ToList();
        var here = named.SelectMany(m => m.Entities).ToHashSet();
        var elsewhere = EntitiesIn(string.Concat(sentence.AsSpan(0, bounds[clause]), " ; ", sentence.AsSpan(bounds[clause + 1])));
        if (here.Any(e => !Entities.Contains(e)) && Entities.Any(e => !here.Contains(e) && elsewhere.Contains(e)))
        {
            return true;
        }

        // Whose the figure is: the owners when the question says (not the country it went to), else any name it gives.
        var owners = Owners.Count > 0 ? Owners : Entities;
        if (owners.Any(e => here.Contains(e) || elsewhere.Contains(e)))
        {
            return false;
        }

        var attributed = Attribution().Matches(text);
        // A name the question gives as where the value is, not whose, is another's too when it opens the clause as
        // its subject ("Estonia is losing 40 soldiers a week" for how many soldiers Norway has in Estonia), though not
        // after the verb ("will give Sweden €80m" for how much Norway has given Sweden).
        return named
            .Where(m => !m.IsDemonym && !attributed.Any(a => m.Start >= a.Index && m.Start < a.Index + a.Length) && !AfterPreposition().IsMatch(text.AsSpan(0, m.Start)))
            .Any(m => m.Entities.Any(e => (!Entities.Contains(e) || (Owners.Count > 0 && !Owners.Contains(e) && ClauseSubject().IsMatch(text.AsSpan(0, m.Start))))
                && owners.Any(asked => asked.Kind == e.Kind)));
    }

    /// <summary>
    /// Nothing before a name but the start of its clause, of a clause after a comma, or of one after "that", and an
    /// article: the name is a subject ("Estonia is losing", "the chief said that Estonia is losing"), not an object.
    /// </summary>
    [GeneratedRegex(@"(?:^[\s;,]*(?:(?:but|while|whereas)\s+)?|,\s+|\bthat\s+)(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseSubject();

    /// <summary>
    /// In a question, a name after a preposition of place, direction or time, perhaps with its article ("after the Oslo
    /// summit"), is not whose the value is; after "of" it is.
    /// </summary>
    [GeneratedRegex(@"\b(?:to|into|in|inside|from|for|with|against|at|on|by|near|toward|towards|across|over|via|between|off|around|after|before|since|until|during|than|like|about|among)\s+(?:(?:the|a|an|this|that|these|those|its|their|his|her)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex AskedAfterPreposition();

    /// <summary>A name after a preposition ("sail to Denmark", "talks in Oslo") is where or to whom, not whose.</summary>
    [GeneratedRegex(@"\b(?:to|into|in|from|for|with|against|at|on|of|by|near|toward|towards|across|over|via|between|off|around)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex AfterPreposition();

    private static HashSet<NamedEntity> EntitiesIn(string text) =>
        NameCatalog.Default.Find(text).Where(m => m.IsCapitalised).SelectMany(m => m.Entities).ToHashSet();

    /// <summary>Who a figure is attributed to: "according to …", or a closing "…, officials in Oslo said".</summary>
    [GeneratedRegex(@"\baccording\s+to\b[^,;]*|,\s*(?:[^\s,;]+\s+){0,6}?(?:said|says|told|reported|added|announced|claimed|confirmed|estimated)\b[^,;]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    /// <summary>Where one clause of a sentence gives way to another with its own actor: "; ", "while", "whereas", "but".</summary>
    [GeneratedRegex(@";|,?\s+(?:while|whereas|but)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    /// <summary>"how much did they pay", "how much is it spending", "how much money", "how much did the film make / gross", "how much has the appeal raised" (with nothing between "much" and the auxiliary: "how much progress did they make" asks an amount), "what was the price of", "what's the value of", "at what price", "what will it cost", "what is it going to cost", "what is it costing", "what is it selling for", "what is the club paying for its stake", "what's Vardo paying Nordvik for those ferries" (not "what is it paying for?", which asks what is bought).</summary>
    [GeneratedRegex(@"\bhow\s+much\b(?:\s+money\b|[^?]*\b(?:pay|pays|paying|paid|cost|costs|costing|spend|spends|spending|spent|sell|sold|buy|buying|bought|fetch|fetched|charge|charging|charged|earn|earning|earned|invest|investing|invested|donate|donating|donated|owe|owing|owed|lend|lending|lent|borrow|borrowing|borrowed)\b)|\bhow\s+much\s+(?:did|does|do|will|would|could|can|has|have|had|is|are|was|were)\b[^?]*\b(?:make|makes|making|made|gross|grosses|grossed|grossing|raise|raises|raised|raising)\b|\b(?:what|which|at\s+what)(?:['’]s|\s+(?:is|was|were|are))?\s+(?:the\s+)?(?:share\s+|opening\s+|asking\s+|sale\s+|total\s+)?(?:price|value|cost|fee|salary|fine)\b|\bwhat\s+(?:will|would|does|did|do|could|might|should)\b[^?]*\bcost(?:s|ing)?\b|\bwhat(?:['’]?s|\s+(?:is|are|was|were))\b[^?]*\b(?:going\s+to\s+cost|costing)\b|\bwhat\b[^?]*\b(?:sell(?:ing|s)?|sold|fetch(?:ing|ed|es)?)\s+for\b|\bwhat(?:['’]?s|\s+(?:is|are|was|were|will|would|did|does|do))(?:\s+(?!(?:about|that|which|who)\b)[^\s?]+){1,4}?\s+(?:pay(?:s|ing)?|paid|spend(?:s|ing)?|spent|charg(?:e|es|ed|ing))\s+(?:(?-i:\p{Lu})[\p{L}'’-]*\s+){0,3}?for\s+(?:the|a|an|its|his|her|their|each|every|these|those|this|that|\d[\d,.]*|\p{L}+['’]s)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksMoney();

    /// <summary>
    /// "What are the cannery's yearly profits?", "which ticket price will it charge", "which fee is charged": a noun that
    /// is always a sum of money, asked with "what is/was" or with "what"/"which" before its verb, across at most two
    /// modifiers, and ending the phrase (so "what profit margin" and "what price rise" ask for no sum, nor "what drives
    /// down wages" for one). A noun often given as a share ("debt", "deficit" as a share of output) or meaning something
    /// else ("bill": a law) is left out; "budget" counts only in lower case, as the sum set for something ("what was the
    /// budget for the opera?"), not the Budget a finance minister presents. "What did the ferry line make in profit?"
    /// asks the sum too: a verb of earning, then "in" and the noun; so does "how much profit did the ferry line make?".
    /// </summary>
    [GeneratedRegex(@"\b(?:what['’]?s|what\s+(?:is|was|were|are))\s+(?:(?:the|a|an)\s+)?" + MoneyModifiers + MoneyNoun + @"(?=\s*(?:[?,.!]|$)|\s+(?:of|for|in|at|on|to|from|did|does|do|was|were|is|are|has|had|have|will|would)\b)|\b(?:what|which)\s+" + MoneyModifiers + MoneyNoun + @"(?=\s+(?:did|does|do|was|were|is|are|has|had|have|will|would)\b)|\bhow\s+much\s+(?:(?:pre-tax|pretax|net|gross|annual|yearly|operating|underlying|quarterly|extra|more|less)\s+)?" + MoneyNoun + @"\b|\bwhat\b[^?]*\b(?:make|makes|making|made|earn|earns|earning|earned|post|posts|posting|posted|turn|turns|turning|turned|rake|rakes|raking|raked)\s+(?:\p{L}+\s+)?in\s+(?:(?:pre-tax|pretax|net|gross|annual|yearly|operating|underlying)\s+)?" + MoneyNoun + @"(?=\s*(?:[?,.!]|$)|\s+(?:for|in|at|over|during|from|last|this|since|to)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamesMoney();

    /// <summary>Up to two words before a noun of money, none of them an auxiliary or a preposition ("the cannery's yearly", "ticket").</summary>
    private const string MoneyModifiers = @"(?:(?!(?:did|does|do|will|would|has|have|had|can|could|should|in|on|of|for|to|at|by|with|from|about)\b)[\p{L}-]+(?:['’]s?)?\s+){0,2}?";

    private const string MoneyNoun = @"(?:prices?|fees?|salary|salaries|fines?|earnings|revenues?|profits?|income|turnover|wages?|bonus|bonuses|ransom|fares?|(?-i:b)udgets?)";

    /// <summary>
    /// "How much are tickets for the opener?", "how much is a season pass": "how much" and a form of "be" before a
    /// noun (a word the lexicon knows most often as a noun, or does not know) asks its price when "be" is the main verb:
    /// the noun ends the question or a preposition follows it. A participle or adjective there asks how much of something
    /// ("how much is left", "how much was known"), and so does "of" ("how much of the budget is spent"); a verb after the
    /// noun asks how much it changes ("how much is inflation expected to rise", "how much are prices rising"). After an
    /// article, an adjective opens a noun phrase ("how much is the new Vardo pass"), which asks a price as its noun does. The
    /// thing priced (<see cref="Priced"/>) is the asked phrase's last word; null when no price is asked.
    /// </summary>
    private static string? PricedIn(string question) =>
        HowMuchIs().Match(question) is { Success: true } asked
        && asked.Groups["noun"].Value is var noun
        && !KeyTerms.IsFunctionWord(noun)
        && Thesaurus.Default.Lemmas(noun) is var lemmas
        && ((lemmas.Count == 0 ? !noun.EndsWith("ed", StringComparison.OrdinalIgnoreCase) : lemmas.MaxBy(e => e.Count)!.Class == WordClass.Noun)
            || (asked.Groups["determiner"].Success && asked.Groups["head"].Success))
            ? asked.Groups["head"].Captures.LastOrDefault()?.Value ?? noun
            : null;

    [GeneratedRegex(@"\bhow\s+much\s+(?:is|are|was|were|will\s+be)\s+(?:(?<determiner>the|a|an|his|her|its|their|your|my)\s+)?(?<noun>[\p{L}]+)\b(?:\s+(?![\p{L}]+(?:ed|ing|en)\b)(?!(?:of|to|be|is|are|was|were|expected|likely|set|going|up|down)\b)(?<head>[\p{L}'’]+)){0,2}?(?=\s*(?:[?.!,]|$)|\s+(?:for|at|in|on|per|from|each|a|an)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HowMuchIs();

    /// <summary>
    /// "What's the death toll from the quake?", "death toll in the flooding?", "what's the Vardo death toll?", "how high is the casualty toll": a toll of
    /// the dead asked for is a count of them. A question that asks why or whether the toll rose asks no figure.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:what(?:['’]?s|\s+(?:is|was|were|are))?|how\s+(?:high|big|bad)\s+(?:is|was|has)|and|so)\s+)?(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}'’.-]*\s+){0,3}(?:latest\s+|official\s+|final\s+)?(?:death|casualty)\s+toll\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksToll();

    /// <summary>"What time did it leave?", "at what time", "what time of day": not "what time of year", "what time frame", nor a race's time ("what time did she run").</summary>
    [GeneratedRegex(@"\bwhat\s+time\b(?!\s+(?:of\s+(?:the\s+)?year|frame|period|span|scale|zone|limit|line|table)\b)(?![^?]*\b(?:run|ran|finish|finished|clock|clocked|record|recorded|set)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksClock();

    /// <summary>"How is the peso trading against the yen?", "the exchange rate to the dollar" (<see cref="Currencies"/>).</summary>
    private static readonly Regex RateAgainst = new(@"\b(?:trad(?:e|es|ed|ing)|exchange\s+rate|rate)\b[^?]*\b(?:against|to|versus)\s+(?:the\s+)?(?:(?:(?-i:\p{Lu}[\p{L}.]*)|single)\s+)?(?<counter>" + Currencies.Default.Pattern + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"the peso trading", "the peso's exchange rate", "the rate of the peso".</summary>
    [GeneratedRegex(@"\b(?<base>\p{L}+)(?:['’]s)?\s+(?:(?:is|was|were|are)\s+)?(?:trad(?:e|es|ed|ing)|exchange\s+rate|rate)\b|\brate\s+(?:of|for)\s+(?:the\s+)?(?<base>\p{L}+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RateOf();

    /// <summary>
    /// "how much" asking an amount: before a noun ("how much grain", "how much timber revenue"), "of" ("how much of the
    /// vote") or an auxiliary ("how much will the closure save", "how much did exports fall"). Not before a form of "be",
    /// which asks a price (<see cref="PricedIn"/>) or a degree ("how much was known", "how much is enough"), nor before
    /// a comparative ("how much longer"), which any figure answers. A word the lexicon reads mostly as a verb is a noun
    /// when an auxiliary follows it ("how much help has the fund given", "how much support will the town get").
    /// </summary>
    private static bool AsksAmount(string question) =>
        HowMuch().Match(question) is { Success: true } asked
        && (!asked.Groups["noun"].Success
            || (asked.Groups["noun"].Value is var noun
                && !KeyTerms.IsFunctionWord(noun)
                && Thesaurus.Default.Lemmas(noun) is var lemmas
                && (lemmas.Count == 0
                    ? !noun.EndsWith("er", StringComparison.OrdinalIgnoreCase)
                    : lemmas.MaxBy(e => e.Count)!.Class is var reading && (reading == WordClass.Noun || (reading == WordClass.Verb && asked.Groups["auxiliary"].Success)))));

    [GeneratedRegex(@"\bhow\s+much\s+(?:of\b|(?:will|would|did|does|do|has|have|had|could|can|should|might|must)\b|(?<noun>\p{L}+)(?:\s+(?<auxiliary>will|would|did|does|do|has|have|had|could|can|should|might|must|is|are|was|were)\b)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HowMuch();

    /// <summary>"What percentage of …", "what share of …", "what proportion of …": a share answers, as a percentage or a fraction ("nearly a quarter of").</summary>
    [GeneratedRegex(@"\b(?:what|which)\s+(?:percentage|percent|proportion|share|fraction|portion)\s+of\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksShare();

    /// <summary>"how many &lt;noun&gt;", skipping adjectives and names before the noun ("how many Danish fishermen", "how many anti-ship missiles": no noun ends at a hyphen).</summary>
    [GeneratedRegex(@"\bhow\s+many\b(?:\s+(?<qualifier>(?:[\p{L}\d-]+\s+){0,2}?)(?<noun>(?:[\p{Ll}-]+(?:s|i|en|ple)|people|feet)\b)(?!-))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HowMany();

    /// <summary>
    /// "how far/long/…"; "how far/long/tall/deep/wide/heavy/fast" is answered in units, a year or a sum, never a bare
    /// count (<see cref="Unit"/>: "640km", "three hours", "since 1962"), "how big/large/high" may be answered by a share
    /// (<see cref="Share"/>: "how big a stake", "how high is turnout"), and "how old" by a bare age ("Lunde, 52,").
    /// </summary>
    [GeneratedRegex(@"\bhow\s+(?:(?<unit>far|long|tall|deep|wide|heavy|fast)|(?<share>high|big|large)|(?<age>old))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksMeasure();

    /// <summary>
    /// An age as news states one: "a 54-year-old", "the centuries-old bridge", "aged 54", "at the age of 54", "54 years
    /// old", a bare figure set off after a name ("Lena Brannock, 54, said", "Brannock (54)"), or a birth or founding
    /// with its year ("born in 1971", "founded in 1850", "built in 1890").
    /// </summary>
    [GeneratedRegex(@"\b(?:\d{1,3}|[a-z]+(?:-[a-z]+)?|centuries|century|decades|decade|years|months|weeks|days)-(?:year|month|week|day)s?-old\b|\b(?:centuries|decades)-old\b|\baged\s+(?:about\s+|around\s+|between\s+)?\d{1,3}\b|\bage\s+(?:of\s+)?\d{1,3}\b|\b\d{1,3}\s+(?:years?|months?)\s+old\b|(?-i:\p{Lu})[\p{L}'’-]*(?:,\s+|\s+\()\d{1,3}(?:,|\))|\b(?:born|founded|built|established|formed|opened)\b[^.;]{0,40}?\b(?:1[0-9]{3}|20[0-9]{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatesAge();

    /// <summary>An ordinal after "first", in digits or words: "2nd", "21st", "fifth", "nineteenth", "twenty-first", "fortieth".</summary>
    private const string LaterOrdinal = @"(?:\d{1,4}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|(?:twenty|thirty|forty|fifty)-(?:first|second|third|[a-z]+th)|[a-z]+tieth)";

    /// <summary>
    /// A question about a place in a ranking: "what is the club ranked?", "where was the city ranked in 2019?", "what's
    /// her world ranking?", "what rank does the port hold?". A sentence about the same people with no place in it ("she
    /// has not played since March") does not say where they stand.
    /// </summary>
    [GeneratedRegex(@"\b(?:what|where)(?:['’]s|\s+(?:is|was|are|were|has|had|have))\s+(?:[^?,;]{1,60}?\s+)?(?:ranked|rated|seeded)\b|\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+(?:[^?,;]{1,60}?\s+)?(?:ranking|seeding)\b|\bwhat\s+(?:rank|ranking|seed)\s+(?:is|was|are|were|did|does|do|has|had)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksRank();

    /// <summary>
    /// A place in a ranking as news writes it: an ordinal ("14th", "fifth", "second-placed"), a number after "No" or
    /// "number" ("No 1", "the world number five"), "top" and a figure ("in the top 10"), or "ranked"/"seeded" and a figure.
    /// </summary>
    [GeneratedRegex(@"\b(?:first|" + LaterOrdinal + @")\b|\bno\.?\s*\d{1,4}\b|\bnumber\s+(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\b|\btop\s+(?:\d{1,4}|three|five|ten|twenty|fifty|hundred)\b|\b(?:ranked|seeded|rated)\s+(?:at\s+)?\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatesRank();

    /// <summary>"The 21st time", "a third time": an ordinal counting times; "the first time" says something is new, not how often.</summary>
    [GeneratedRegex(@"\b(?:the|a|its|his|her|their)\s+" + LaterOrdinal + @"\s+(?:time|straight\s+time|consecutive\s+time)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NthTime();

    /// <summary>A word opening a span of time, then perhaps a day, a month or a season, right before a year: "since", "from early May", "until the spring of".</summary>
    [GeneratedRegex(@"\b(?:since|from|until|till|to|between|through)\s+(?:(?:early|late|mid|the|spring|summer|autumn|fall|winter|of|\d{1,2}(?:st|nd|rd|th)?|" + CalendarNames.MonthPattern + @")[\s-]+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SpanStart();

    /// <summary>"how big/large/wide/deep/tall/far" usually asks for an extent, "how quickly/soon/fast" for a duration or speed.</summary>
    [GeneratedRegex(@"\bhow\s+(?:(?<extent>big|large|wide|deep|tall|far)|(?<duration>fast|quickly|soon|rapidly))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksDimension();

    /// <summary>
    /// True when <paramref name="sentence"/> states a measure of the <see cref="Dimension"/> asked (always, when none
    /// is): a preference among sentences, not a check on each, as a size is also asked of what is not measured in
    /// units ("how big was the loss": "$40m"). A pace asked (<see cref="AsksPace"/>) is required of the lead's choice as a whole.
    /// </summary>
    public bool Measures(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return Units.States(sentence, Dimension);
    }
}
