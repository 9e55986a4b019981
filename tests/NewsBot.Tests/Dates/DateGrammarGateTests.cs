using System.Text.RegularExpressions;
using NewsBot.Dates;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Dates;

/// <summary>
/// The recognizer skips a pattern when the text lacks what the pattern needs (<see cref="DateGrammar.Digit"/>,
/// <see cref="DateGrammar.MonthStem"/>, <see cref="DateGrammar.DayWord"/>); that must never skip a pattern that would
/// have matched, so what it recognizes is what it recognized without the checks.
/// </summary>
public sealed class DateGrammarGateTests
{
    private static readonly Regex[] Patterns =
    [
        DateGrammar.MonthFirst(), DateGrammar.DayFirst(), DateGrammar.IsoDate(), DateGrammar.PartOf(),
        DateGrammar.MonthAlone(), DateGrammar.Relative(), DateGrammar.Weekday(), DateGrammar.Year(),
    ];

    /// <summary>Each pattern with what the recognizer requires of a text before running it.</summary>
    private static readonly (Regex Pattern, Func<bool, bool, bool, bool> Runs)[] Gates =
    [
        (DateGrammar.IsoDate(), (digit, _, _) => digit),
        (DateGrammar.MonthFirst(), (digit, month, _) => digit && month),
        (DateGrammar.DayFirst(), (digit, month, _) => digit && month),
        (DateGrammar.PartOf(), (digit, month, _) => digit || month),
        (DateGrammar.MonthAlone(), (_, month, _) => month),
        (DateGrammar.Relative(), (_, _, day) => day),
        (DateGrammar.Weekday(), (_, _, day) => day),
        (DateGrammar.Year(), (digit, _, _) => digit),
    ];

    public static TheoryData<string> DateForms =>
    [
        "It happened on Dec. 17th in Moscow.", "On 17 December 2021, the ministry released a draft.", "JANUARY 10-12",
        "Sept. 2021", "in mid-December", "the end of May", "late 2021", "at the start of the year", "2021-12-17T10:00",
        "yesterday", "TODAY", "Tomorrow", "tonight", "last night", "this morning", "this afternoon", "this evening",
        "the previous day", "a day earlier", "one day before", "two days ago", "3 days ago", "last week", "next month",
        "this year", "the weekend", "last Friday", "on Sunday", "SATURDAY", "in 1999", "since 2014", "in 20٢١", "last wee\u212A",
        "the Weekend", "the Month", "Aug", "Oct.", "nov 5", "Jun 30", "jul 4", "apr 1", "feb 2",
    ];

    [Theory]
    [MemberData(nameof(DateForms))]
    public void Gates_TextAPatternMatches_LetThatPatternRun(string text)
    {
        Assert.Contains(Patterns, p => p.IsMatch(text));

        AssertGatesPass(text);
    }

    [Fact]
    public void Gates_SeedSentences_LetEveryPatternThatMatchesRun()
    {
        var sentences = Seeds.Article.Sentences.Select(s => s.Text).Append(Seeds.Article.Headline).ToList();

        var matched = sentences.Where(t => Patterns.Any(p => p.IsMatch(t))).ToList();

        Assert.NotEmpty(matched);
        Assert.All(matched, AssertGatesPass);
    }

    [Theory]
    [InlineData("The minister resigned after the vote.")]
    [InlineData("Stoltenberg said the alliance stands ready to talk.")]
    public void Recognize_TextWithoutDigitMonthOrDayWord_FindsNothing(string text)
    {
        Assert.DoesNotMatch(DateGrammar.Digit(), text);
        Assert.DoesNotMatch(DateGrammar.MonthStem(), text);
        Assert.DoesNotMatch(DateGrammar.DayWord(), text);

        Assert.Empty(DateRecognizer.Recognize(text, new DateOnly(2022, 1, 17)));
    }

    private static void AssertGatesPass(string text)
    {
        var (digit, month, day) = (DateGrammar.Digit().IsMatch(text), DateGrammar.MonthStem().IsMatch(text), DateGrammar.DayWord().IsMatch(text));
        foreach (var (pattern, runs) in Gates.Where(g => g.Pattern.IsMatch(text)))
        {
            Assert.True(runs(digit, month, day), $"{pattern} matches \"{text}\" but would not run");
        }
    }
}
