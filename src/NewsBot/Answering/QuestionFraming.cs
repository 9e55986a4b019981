using System.Text.RegularExpressions;

namespace NewsBot.Answering;

/// <summary>
/// Drops a chatty opening from a question typed in chat ("Quick check: whose gas…", "Remind me - what event…",
/// "Can you remind me what event…"), so its words do not count as part of what is asked. An opening is a few words (at
/// most <see cref="MaxWords"/>) with no name or number in it and not itself a question, followed by a question word,
/// and either set off by a colon or a spaced dash, or addressed to the bot (it has "you" or "me": "could you tell me
/// who…", "do you know why…"); anything else is kept, since an opening that names something ("For the Time Warner
/// piece - which films…") is context, not chat.
/// </summary>
public static partial class QuestionFraming
{
    public const int MaxWords = 4;

    public static string Strip(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        var match = Opening().Match(question);
        if (!match.Success)
        {
            match = Request().Match(question);
            if (!match.Success || !Addressed(match.Groups["lead"].Value))
            {
                return question;
            }
        }

        var words = match.Groups["lead"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var plain = !Asking().IsMatch(match.Groups["lead"].Value) && words.Length <= MaxWords && words.Skip(1).All(w => !char.IsUpper(w[0])) && !words.Any(w => w.Any(char.IsDigit));
        return plain ? question[match.Groups["ask"].Index..] : question;
    }

    private static bool Addressed(string lead) =>
        lead.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals("you", StringComparison.OrdinalIgnoreCase) || w.Equals("me", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^(?:" + QuestionGrammar.WhWords + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Asking();

    [GeneratedRegex(@"^\s*(?<lead>[^:?\-–—]{1,40}?)\s*(?::|\s[-–—])\s+(?<ask>(?:" + QuestionGrammar.WhWords + @"|did|does|do|is|are|was|were|has|have|can|will)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>A few words with no punctuation before a question word: "Can you remind me what…".</summary>
    [GeneratedRegex(@"^\s*(?<lead>[\p{L}'’]+(?: [\p{L}'’]+){0,3}) (?<ask>(?:" + QuestionGrammar.WhWords + @")\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Request();
}
