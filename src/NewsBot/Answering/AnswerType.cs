using System.Text.RegularExpressions;
using NewsBot.Dates;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>
/// What kind of answer a question asks for, and whether a sentence holds one: a "where" question wants a place
/// ("in Geneva"), a "when" question a date, a "who" question a name, a "how many/much" question a number. A sentence
/// of the right type is more likely the answer even when it words things differently ("talks were held" against
/// "consultations took place in Geneva").
/// </summary>
public static partial class AnswerType
{

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "where", "what", "which", "whom", "whose", "many", "much", "does", "have", "with", "that", "this", "there",
    };

    public static AnswerKind Expected(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        // A leading "when"/"if" clause sets a condition and the clause after the comma asks ("When <condition>, who
        // <does what>?"): the kind of answer is read from the asking clause.
        if (AskingClause().Match(question) is { Success: true } clause)
        {
            return Expected(question[clause.Groups["asks"].Index..]);
        }

        // An opening that sets the scene ("the Vardo mayor who would not resign - when did she take office?") or a frame
        // ("According to the mayor, when …") is no part of what is asked: the kind is read from the ask after it.
        if (QuestionFraming.AskStart(question) is > 0 and var at)
        {
            return Expected(question[at..]);
        }

        // A preposition before the question word belongs to it: "by whom" asks a person, "from where" a place, "by how
        // much" a figure. Not "since when" or "until when", which an event answers as often as a date ("until the strike").
        if (PrepositionBeforeAsk().Match(question) is { Success: true } preposition)
        {
            return Expected(question[preposition.Length..]);
        }

        var q = question.TrimStart().ToUpperInvariant();
        return q switch
        {
            _ when q.StartsWith("WHERE", StringComparison.Ordinal) => AnswerKind.Place,
            _ when q.StartsWith("WHEN", StringComparison.Ordinal) => AnswerKind.Date,
            _ when q.StartsWith("WHO", StringComparison.Ordinal) => AnswerKind.Person,
            _ when q.StartsWith("HOW MANY", StringComparison.Ordinal) || q.StartsWith("HOW MUCH", StringComparison.Ordinal) => AnswerKind.Number,
            _ when AsksForTime().IsMatch(question) => AnswerKind.Date,
            _ when AsksForQuantity().IsMatch(question) => AnswerKind.Number,
            _ when AskedName.AsksByTitle(question) => AnswerKind.Person,
            _ => AnswerKind.Other,
        };
    }

    public static bool Holds(AnswerKind kind, string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return kind switch
        {
            AnswerKind.Place => Place().IsMatch(sentence),
            AnswerKind.Date => DateRecognizer.Recognize(sentence, reference: null).Count > 0,
            AnswerKind.Person => Person().IsMatch(sentence),
            AnswerKind.Number => Number().IsMatch(sentence) || StatedValues.Fraction().IsMatch(sentence),
            _ => false,
        };
    }

    /// <summary>
    /// False when a when or how-many question meets a sentence without a date or number of its own (one the question
    /// does not already name): "When was the treaty signed?" is not answered by a sentence that only mentions the
    /// treaty ("Since the treaty, the river has formed the border"). Names and places are too loosely recognised to
    /// hold a sentence to.
    /// </summary>
    public static bool Offers(AnswerKind kind, string sentence, string question) =>
        kind is not (AnswerKind.Date or AnswerKind.Number) || HasNewValue(kind, sentence, question);

    /// <summary>
    /// The value of <paramref name="sentence"/> that answers <paramref name="kind"/>, verbatim, when the sentence holds
    /// one that the question does not already name, or several of which one sits nearest the question's own words (each
    /// mention of a question word votes for the value nearest it; one value must have more votes than any other); null
    /// otherwise. A bold short answer is shown only when it
    /// is this unambiguous, because a missing one costs nothing and a wrong one costs the reader's trust. Only dates,
    /// figures and places are given one, and only for a question that asks one thing: people's names are recognised by
    /// capitals alone, which picked the wrong one too often to show (right in 3 of 9 on the dev sets), and a question
    /// that asks two things ("How big is it, and who built it?") has no one short answer.
    /// <list type="bullet">
    /// <item>a figure is whole tokens ("Su-25" gives no "25"), is not part of a date ("December 17" gives no "17"), is not a
    /// bare year for a how-many question, is not the whole of which a part is meant ("half of its 300,000 people"), is no share or sum of money for a how-many question ("a 40% share" counts no ferries), is no count the asked value reads as of other things or people, or as a population (<see cref="AskedValue.CountsAnotherAt"/>: "a town of 4,000 people" for how many died), and keeps its currency, scale or per cent, and the noun after it (never a function word: "$4m for") only when the
    /// question uses that noun ("25,000 people" for "how many people");</item>
    /// <item>a date is a whole date expression the question does not name, not set apart from the asked event by "since",
    /// "after" or "before" ("Friday is a year since the vote" does not date the vote), not the date of a quote ("…, Lunde
    /// said on Friday" dates her saying it, unless saying is what the question asks), and not a birth date ("born 12 May 1950") unless
    /// the question asks about one;</item>
    /// <item>a name or place shares no word with the question (never the very person the question asks about).</item>
    /// </list>
    /// </summary>
    public static string? Span(AnswerKind kind, string sentence, string question) => Span(kind, sentence, question, value: null);

    /// <param name="value">The figure <paramref name="question"/> asks (<see cref="AskedValue.Of"/>) when the caller has read it already; read here otherwise.</param>
    public static string? Span(AnswerKind kind, string sentence, string question, AskedValue? value)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(question);

        if (kind is not (AnswerKind.Date or AnswerKind.Number or AnswerKind.Place) || AsksSeveral().IsMatch(question))
        {
            return null;
        }

        var values = ShortValues(kind, sentence, question, value).DistinctBy(v => v.Text, StringComparer.OrdinalIgnoreCase).ToList();
        if (values.Count <= 1)
        {
            return values.Count == 1 ? values[0].Text : null;
        }

        // Several: the one the question's own words sit beside.
        var anchors = AnchorWords(question)
            .Select(w => AllIndexes(sentence, w).ToList())
            .Where(positions => positions.Count > 0)
            .ToList();
        if (anchors.Count == 0)
        {
            return null;
        }

        // Each mention of a question word votes for the value nearest it; a value wins with more votes than any other.
        var votes = anchors
            .SelectMany(positions => positions)
            .GroupBy(p => values.MinBy(v => Math.Abs(p - v.Start)).Text, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Text: g.Key, Votes: g.Count()))
            .OrderByDescending(v => v.Votes)
            .ToList();
        return votes.Count == 1 || votes[0].Votes > votes[1].Votes ? votes[0].Text : null;
    }

    private static IEnumerable<(int Start, string Text)> ShortValues(AnswerKind kind, string sentence, string question, AskedValue? askedValue)
    {
        var questionWords = Words().Matches(question).Select(w => w.Value).Where(w => w.Length >= 3).ToHashSet(StringComparer.OrdinalIgnoreCase);
        switch (kind)
        {
            case AnswerKind.Number:
                var dates = DateRecognizer.Recognize(sentence, reference: null);
                var value = new Lazy<AskedValue>(() => askedValue ?? AskedValue.Of(question));
                foreach (Match m in Figures().Matches(sentence))
                {
                    var figure = m.Groups["figure"].Value;
                    if (dates.Any(d => m.Index < d.Start + d.Length && d.Start < m.Index + m.Length)
                        || (m.Groups["currency"].Length == 0 && value.Value.CountsAnotherAt(sentence, m.Index))
                        || (m.Groups["scale"].Length == 0 && m.Groups["currency"].Length == 0 && BareYear().IsMatch(figure))
                        || PartOf().IsMatch(sentence.AsSpan(0, m.Index))
                        || question.Contains(figure, StringComparison.OrdinalIgnoreCase)
                        || (AsksCount().IsMatch(question) && (m.Groups["currency"].Length > 0 || IsShare(m.Groups["scale"].Value))))
                    {
                        continue;
                    }

                    var noun = m.Groups["noun"];
                    yield return (m.Index, noun.Success && questionWords.Contains(noun.Value) && !KeyTerms.IsFunctionWord(noun.Value) ? sentence.Substring(m.Index, noun.Index + noun.Length - m.Index) : m.Groups["value"].Value);
                }

                break;
            case AnswerKind.Date:
                var asksBirth = Birth().IsMatch(question);
                // The asked predicate, and where the sentence tells the asked event, read once and only when the sentence
                // has a date to set against them.
                var predicate = new Lazy<AskedPredicate?>(() => AskedPredicate.Of(question));
                List<int>? asked = null;
                foreach (var date in DateRecognizer.Recognize(sentence, reference: null).Where(d => !question.Contains(d.Text, StringComparison.OrdinalIgnoreCase) && (asksBirth || !Birth().IsMatch(sentence.AsSpan(Math.Max(0, d.Start - 12), Math.Min(d.Start, 12))))))
                {
                    if (!DatesAnotherEvent(sentence, date.Start, date.Length, asked ??= AskedEventAt(sentence, predicate.Value)) && !DatesSaying(sentence, date.Start, question, predicate)
                        && !InAnotherClause(sentence, date.Start, question))
                    {
                        yield return (date.Start, date.Text);
                    }
                }

                break;
            case AnswerKind.Place:
                var names = Place().Matches(sentence).Select(m => (m.Groups["name"].Index, m.Groups["name"].Value));
                foreach (var name in names.Where(n => !Words().Matches(n.Value).Any(w => questionWords.Contains(w.Value)) && DateRecognizer.Recognize(n.Value, reference: null).Count == 0 && !IsCalendarName(n.Value)))
                {
                    yield return name;
                }

                break;
        }
    }

    /// <summary>Where the sentence says what the question asks happened (its predicate, <see cref="AskedPredicate"/>, in some form or synonym); empty when it does not or no predicate is asked.</summary>
    private static List<int> AskedEventAt(string sentence, AskedPredicate? predicate) =>
        predicate is not null
            ? Words().Matches(sentence).Where(w => predicate.HeldBy(w.Value)).Select(w => w.Index).ToList()
            : [];

    /// <summary>
    /// True when every mention of the asked event is set apart from the date by a word that dates one event from
    /// another ("Friday is a year since Vardo voted", "on Friday, two days after the ferry sank"): the date is of
    /// something else, and dates the asked event only by counting, which a short answer does not do.
    /// </summary>
    private static bool DatesAnotherEvent(string sentence, int start, int length, List<int> asked) =>
        asked.Count > 0 && asked.All(at =>
            Words().Matches(at < start ? sentence[at..start] : sentence[(start + length)..at]).Any(w => OtherEvent.Contains(w.Value)));

    /// <summary>
    /// True when the date is when someone said something ("…, Lunde said in Oslo on Wednesday", "told reporters on
    /// Monday"), written right after the verb of saying, and the question does not ask when that was said: news dates
    /// its quotes, and "Vardo will apply, Lunde said on Wednesday" does not say Vardo applied on Wednesday.
    /// </summary>
    private static bool DatesSaying(string sentence, int start, string question, Lazy<AskedPredicate?> predicate) =>
        SaidRightBefore().Match(sentence[..start]) is { Success: true } said
        && !AsksSaying().IsMatch(question)
        && predicate.Value?.HeldBy(said.Groups["verb"].Value) != true;

    /// <summary>
    /// True when the date stands in a clause of its own ("Lunde has not yet called the vote, but the harbour board expects
    /// it on 5 May") that holds none of the question's words, while another clause of the sentence holds some: the date is
    /// what that clause says, not when the asked thing happened.
    /// </summary>
    private static bool InAnotherClause(string sentence, int start, string question)
    {
        var breaks = ClauseBreak().Matches(sentence).Select(m => m.Index).Prepend(0).Append(sentence.Length).ToList();
        if (breaks.Count < 3)
        {
            return false;
        }

        var words = AnchorWords(question).ToList();
        var at = Enumerable.Range(0, breaks.Count - 1).Last(i => breaks[i] <= start);
        bool Holds(int clause) => words.Any(w => AllIndexes(sentence[breaks[clause]..breaks[clause + 1]], w).Any());
        return !Holds(at) && Enumerable.Range(0, breaks.Count - 1).Any(i => i != at && Holds(i));
    }

    /// <summary>The question's words that can place a value in a sentence: four letters or more, no question word.</summary>
    private static IEnumerable<string> AnchorWords(string question) =>
        Words().Matches(question).Select(w => w.Value).Where(w => w.Length >= 4 && !QuestionWords.Contains(w));

    /// <summary>Where one clause gives way to another that says something else: "; ", ", but", "whereas", ", while".</summary>
    [GeneratedRegex(@";|,\s+but\s|\s+whereas\s|,\s+while\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    /// <summary>Words that date one event by another: a date on one side, the event on the other, is not the event's.</summary>
    private static readonly HashSet<string> OtherEvent = new(StringComparer.OrdinalIgnoreCase) { "since", "after", "before" };

    /// <summary>Whether the sentence holds a date or figure (as <paramref name="kind"/> asks) that the question does not already name.</summary>
    private static bool HasNewValue(AnswerKind kind, string sentence, string question)
    {
        IEnumerable<string> values = kind == AnswerKind.Date
            ? DateRecognizer.Recognize(sentence, reference: null) is { Count: > 0 } dates
                ? dates.Select(d => d.Text)
                : Era().Matches(sentence).Select(m => m.Value)
            : Quantity().Matches(sentence).Select(m => m.Value.TrimEnd(',', '.'))
                .Concat(NumberWord().Matches(sentence).Where(m => !StatedValues.InName(sentence, m.Index)).Select(m => m.Value))
                .Concat(StatedValues.Fraction().Matches(sentence).Select(m => m.Value));
        return values.Any(v => !question.Contains(Core(kind, v), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>What must be new for a value to be an answer: the figure of a quantity ("1875" of "1875 regatta"), else the whole.</summary>
    private static string Core(AnswerKind kind, string value) =>
        kind == AnswerKind.Number && Figure().Match(value) is { Success: true } figure ? figure.Value : value;

    private static bool IsCalendarName(string name) => CalendarNames().IsMatch(name);

    /// <summary>Every position where <paramref name="word"/> occurs in <paramref name="text"/>, compared without case.</summary>
    internal static IEnumerable<int> AllIndexes(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            yield return i;
        }
    }

    /// <summary>"What year…", "in what year…", "during which century…"; a deadline, which is a date ("what's the deadline for…", "what is the closing date", "by when…").</summary>
    [GeneratedRegex(@"\b(?:what|which)\s+(?:year|century|decade|date)\b|\bwhat(?:'s|’s|s|\s+(?:is|was|are|were|will\s+be))\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:deadline|closing\s+date|cut-?off\s+date)\b|\bby\s+when\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksForTime();

    /// <summary>"How many …": a count, which no share ("40%") or sum of money ("$4m") is.</summary>
    [GeneratedRegex(@"\bhow\s+many\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksCount();

    /// <summary>A figure's scale that makes it a share: per cent in any spelling.</summary>
    private static bool IsShare(string scale) => scale.Trim() is "%" || scale.Contains("cent", StringComparison.OrdinalIgnoreCase);

    /// <summary>"…how many…", "how old…", "what percentage…", "what share of…": a figure is the answer.</summary>
    [GeneratedRegex(@"\bhow\s+(?:many|much|old|far|tall|high|large|big|deep|wide)\b|\bwhat\s+(?:percentage|percent)\b|\b(?:what|which)\s+(?:proportion|share|fraction|portion)\s+of\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksForQuantity();

    [GeneratedRegex(@"^\s*(?:from|by|to|with|for|of)\s+(?=(?:where|who|whom|whose|how)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBeforeAsk();

    [GeneratedRegex(@"^\s*(?:when|where|if|while|after|before|since|as)\b[^,?]*,\s*(?<asks>(?:who|whose|whom|what|which|when|where|how)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AskingClause();

    [GeneratedRegex(@"[\p{L}-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:in|at|near|from|to|outside|inside)\s+(?:the\s+)?(?<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Place();

    [GeneratedRegex(@"[$£€]?\d[\d,.]*\s?(?:%|percent|million|billion|thousand|\p{Ll}+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"(?<!^)(?<![.!?]\s)\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Person();

    /// <summary>Times older than the news the date recogniser is tuned for: "1638", "the 1740s", "the 14th century".</summary>
    [GeneratedRegex(@"(?<![\d,.])\b(?:[1-9]\d{2,3}s?|\d{1,2}(?:st|nd|rd|th)\s+century)\b(?![,.]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Era();

    [GeneratedRegex(@"\d[\d,.]*\d|\d", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    /// <summary>A figure as whole tokens: optional currency, digits with separators, optional scale or per cent, and the word after it.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}]|[\p{L}\p{N}][\p{P}\p{S}])(?<value>(?<currency>[$£€])?(?<figure>\d+(?:[.,]\d+)*)(?:(?<scale>%|\s?(?:per\s?cent|percent|million|billion|trillion|thousand)\b|(?:bn|m|k)\b))?)(?![\p{L}\p{N}]|[\p{P}\p{S}][\p{L}\p{N}])(?:\s(?<noun>\p{Ll}+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Figures();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarNames();

    /// <summary>"…, and which…", "… and how many…", or two question marks: a question that asks two things.</summary>
    [GeneratedRegex(@"(?:,|\band)\s+(?:" + QuestionGrammar.WhWords + @")\b|\?.*\?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksSeveral();

    /// <summary>
    /// A verb of saying ending the text, with what may stand between it and a date: its speaker by name ("said Kari
    /// Lunde") or whom it was told ("told reporters", "told the BBC"), where ("in Oslo", "at a press conference"), and
    /// "on" or "late on".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<verb>said|says|added)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|(?<verb>told)(?:\s+(?!that\b)[\p{L}'’.-]+){1,2})(?:\s+(?:in|at)(?:(?:\s+\p{Lu}[\p{L}'’.-]*)+|\s+(?:a|an|the|his|her|their)(?:\s+\p{L}+){1,2}))?(?:\s+(?:(?:late|early)\s+)?on)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SaidRightBefore();

    /// <summary>A question asking about something said or told ("when did Lunde say …", "when was the council told").</summary>
    [GeneratedRegex(@"\b(?:say|says|said|saying|tell|tells|told|telling)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksSaying();

    /// <summary>"(born 12 May 1950)", "when was she born": a birth date, which answers only a question about birth.</summary>
    [GeneratedRegex(@"\b(?:born|birth)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Birth();

    /// <summary>"half of the town's 40,000 …", "a third of the 900 …": the figure is the whole a part of which is meant, not the answer.</summary>
    [GeneratedRegex(@"\b(?:half|third|thirds|quarter|quarters|fifth|tenth|most|part|share|fraction|percent|per\s?cent|%)\s+of\s+(?:[\p{L}’'.-]+\s+){0,2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"^(?:1[5-9]\d\d|20\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex BareYear();

    /// <summary>
    /// A figure in words. "One" counts only before a magnitude or a ratio ("one million", "one in five"): on its own it is
    /// mostly no count ("one of the owners", "went one step further", "no one").
    /// </summary>
    [GeneratedRegex(@"\b(?:one(?=\s+(?:hundred|thousand|million|billion|in\s))|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|tens|dozens?|hundreds|thousands|millions|billions)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
