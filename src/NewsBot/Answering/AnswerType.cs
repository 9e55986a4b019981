using System.Text.RegularExpressions;
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

        // "When rich countries trade with poor ones, whose wages rise?": the clause after the comma asks.
        if (AskingClause().Match(question) is { Success: true } clause)
        {
            return Expected(question[clause.Groups["asks"].Index..]);
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
            AnswerKind.Number => Number().IsMatch(sentence),
            _ => false,
        };
    }

    /// <summary>
    /// False when a when or how-many question meets a sentence without a date or number of its own (one the question
    /// does not already name): "When was the Peace of Westphalia established?" is not answered by "Since the Peace of
    /// Westphalia, the Upper Rhine formed a border". Names and places are too loosely recognised to hold a sentence to.
    /// </summary>
    public static bool Offers(AnswerKind kind, string sentence, string question) =>
        kind is not (AnswerKind.Date or AnswerKind.Number) || Candidates(kind, sentence, question).Count > 0;

    /// <summary>
    /// The span of <paramref name="sentence"/> that answers <paramref name="kind"/>, verbatim; null when none. A span
    /// the question itself names is no answer. When the
    /// sentence holds several ("in Geneva on January 10, … in Brussels on January 12"), the one nearest to where the
    /// sentence mentions the question's own words wins.
    /// </summary>
    public static string? Span(AnswerKind kind, string sentence, string question)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(question);

        var candidates = Candidates(kind, sentence, question);
        if (candidates.Count == 0)
        {
            return null;
        }

        // Each question word pulls towards its nearest mention: the candidate with the least total distance wins.
        var anchors = Words().Matches(question)
            .Select(w => w.Value)
            .Where(w => w.Length >= 4 && !QuestionWords.Contains(w))
            .Select(w => AllIndexes(sentence, w).ToList())
            .Where(positions => positions.Count > 0)
            .ToList();
        return anchors.Count == 0
            ? candidates[0].Text
            : candidates.MinBy(c => anchors.Sum(positions => positions.Min(p => Math.Abs(p - c.Start)))).Text;
    }

    /// <summary>The sentence's values of the kind asked for, less those the question already names.</summary>
    private static List<(int Start, string Text)> Candidates(AnswerKind kind, string sentence, string question)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(question);

        IEnumerable<(int Start, string Text)> candidates = kind switch
        {
            AnswerKind.Place => Place().Matches(sentence).Select(m => (m.Groups["name"].Index, m.Groups["name"].Value)),
            AnswerKind.Date => DateRecognizer.Recognize(sentence, reference: null) is { Count: > 0 } dates
                ? dates.Select(d => (d.Start, d.Text))
                : Era().Matches(sentence).Select(m => (m.Index, m.Value)),
            AnswerKind.Person => Person().Matches(sentence).Select(m => (m.Index, m.Value)),
            AnswerKind.Number => Quantity().Matches(sentence).Select(m => (m.Index, m.Value.TrimEnd(',', '.')))
                .Concat(NumberWord().Matches(sentence).Select(m => (m.Index, m.Value))),
            _ => [],
        };
        return candidates
            .Where(c => !question.Contains(Core(kind, c.Text), StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Start)
            .ToList();
    }

    /// <summary>What must be new for a value to be an answer: the figure of a quantity ("1875" of "1875 regatta"), else the whole.</summary>
    private static string Core(AnswerKind kind, string value) =>
        kind == AnswerKind.Number && Figure().Match(value) is { Success: true } figure ? figure.Value : value;

    /// <summary>Every position where <paramref name="word"/> occurs in <paramref name="text"/>, compared without case.</summary>
    internal static IEnumerable<int> AllIndexes(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            yield return i;
        }
    }

    /// <summary>"What year…", "in what year…", "during which century…".</summary>
    [GeneratedRegex(@"\b(?:what|which)\s+(?:year|century|decade|date)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksForTime();

    /// <summary>"…how many…", "how old…", "what percentage…": a figure is the answer.</summary>
    [GeneratedRegex(@"\bhow\s+(?:many|much|old|far|tall|high|large|big|deep|wide)\b|\bwhat\s+(?:percentage|percent)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksForQuantity();

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

    [GeneratedRegex(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands|millions|billions)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
