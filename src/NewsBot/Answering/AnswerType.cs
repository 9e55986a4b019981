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
    public static AnswerKind Expected(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        var q = question.TrimStart().ToUpperInvariant();
        return q switch
        {
            _ when q.StartsWith("WHERE", StringComparison.Ordinal) => AnswerKind.Place,
            _ when q.StartsWith("WHEN", StringComparison.Ordinal) || q.StartsWith("WHAT YEAR", StringComparison.Ordinal) || q.StartsWith("WHAT DATE", StringComparison.Ordinal) => AnswerKind.Date,
            _ when q.StartsWith("WHO", StringComparison.Ordinal) => AnswerKind.Person,
            _ when q.StartsWith("HOW MANY", StringComparison.Ordinal) || q.StartsWith("HOW MUCH", StringComparison.Ordinal) => AnswerKind.Number,
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

    [GeneratedRegex(@"\b(?:in|at|near|from|to|outside|inside)\s+(?:the\s+)?\p{Lu}\p{Ll}+", RegexOptions.CultureInvariant)]
    private static partial Regex Place();

    [GeneratedRegex(@"(?<!^)(?<![.!?]\s)\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+", RegexOptions.CultureInvariant)]
    private static partial Regex Person();

    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
