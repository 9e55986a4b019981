using System.Text.RegularExpressions;
using NewsBot.Lexicon;
using NewsBot.Names;

namespace NewsBot.Answering;

/// <summary>
/// What a "who" question asks for: a person or organisation the question does not itself name. "Who chairs the
/// inquiry into the ferry fire?" is better answered by a sentence naming someone new than by one that names only the
/// ferry's operator; "Which MP asked…" and "Which senator's report…" ask for a person as "who" does.
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
            AskedEntities = NameCatalog.Default.Find(value).SelectMany(m => m.Entities).ToHashSet();
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
    /// "what Scotland manager"): only a name answers, so a lead that offers
    /// none is no answer (<see cref="LeadCheck.Name"/>). A plain "who" may be answered by a description and only prefers one.
    /// </summary>
    public bool IsRequired { get; init; }

    public static AskedName Of(string question, AnswerKind kind)
    {
        ArgumentNullException.ThrowIfNull(question);

        // A question that names nobody ("whose retirement left the seat empty?", one part of a longer question) gives no
        // name to tell a new one from: every name would count as new.
        var names = KeyTerms.Names(question).Where(n => !question.TrimStart().StartsWith(n, StringComparison.Ordinal));
        var role = Role(question);
        return (kind == AnswerKind.Person || role is not null) && (names.Any() || NameCatalog.Default.FindAsked(question).Count > 0)
            ? new AskedName { Question = question, IsAsked = true, ByRole = role is not null && IsTitle(role), IsRequired = role is not null }
            : None;
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

    private static bool IsTitle(string word) => QuestionPremises.Titles.Contains(ContentWords.Stem(word));

    /// <summary>
    /// The first title or noun of a person among the words after "which"/"what", up to the first function word
    /// ("which Scotland manager": "manager"; "which harbour master": "master"; "what did the minister": none); null when
    /// there is none.
    /// </summary>
    private static string? Role(string question)
    {
        if (WhichWords().Match(question) is not { Success: true } which)
        {
            return null;
        }

        foreach (Capture capture in which.Groups["word"].Captures)
        {
            var word = capture.Value.EndsWith("'s", StringComparison.Ordinal) || capture.Value.EndsWith("’s", StringComparison.Ordinal) ? capture.Value[..^2] : capture.Value;
            if (KeyTerms.IsFunctionWord(word))
            {
                return null;
            }

            if (IsTitle(word) || PersonNouns.Default.Contains(word))
            {
                return word;
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
            // "Skipper Ola Brekke" is Ola Brekke), though the last word left may be a surname that is also a role ("Judge Cook").
            var roles = words.TakeWhile(w => PersonNouns.Default.Contains(w)).Count();
            words = words.Skip(Math.Min(roles, words.Count() - 1));
            var stems = words.Select(ContentWords.Stem).Where(s => !QuestionPremises.AcronymConnectors.Contains(s) && !QuestionPremises.Titles.Contains(s)).ToList();
            if (stems.Count == 0 || stems.All(QuestionPremises.DateNames.Contains) || stems.Any(AskedWords.Contains))
            {
                continue;
            }

            // A role asks for a person: a full name or a titled one ("Senator Ruth Okafor", "Mrs Okafor"), not a country.
            var entities = NameCatalog.Default.Find(string.Join(' ', words)).SelectMany(m => m.Entities).ToList();
            var titled = words.Any(w => QuestionPremises.Titles.Contains(ContentWords.Stem(w))) || Titled(sentence, name);
            if (ByRole && (entities.Count > 0 || (stems.Count < 2 && !titled)))
            {
                continue;
            }

            if (!entities.Any(AskedEntities.Contains))
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
        return before.Count > 0 && QuestionPremises.Titles.Contains(ContentWords.Stem(before[^1]));
    }

    /// <summary>"Which MP…", "which senator's…", "what spokesman…", "which Scotland manager…": up to three words after "which"/"what".</summary>
    [GeneratedRegex(@"^\s*(?:which|what)(?:\s+(?<word>[\p{L}][\p{L}.-]*(?:['’]s)?)){1,3}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WhichWords();
}
