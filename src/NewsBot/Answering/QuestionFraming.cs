using System.Text.RegularExpressions;

namespace NewsBot.Answering;

/// <summary>
/// Puts back the apostrophe a contraction typed in chat lost (<see cref="Apostrophes"/>: "whats", "didnt"), and drops a
/// chatty opening from a question typed in chat ("Quick check: who chairs…", "Remind me - what vote…",
/// "Can you remind me what vote…"), so its words do not count as part of what is asked. An opening is a few words (at
/// most <see cref="MaxWords"/>) with no name or number in it (its first word is a name when the lexicon does not know it
/// lower case: "Hurtigruten bookings - how many…" names its subject) and not itself a question, followed by a question word,
/// and either set off by a colon or a spaced dash, or addressed to the bot (it has "you" or "me": "could you tell me
/// who…", "do you know why…"); anything else is kept, since an opening that names something ("About the Halden Foods
/// merger - when…") is context, not chat.
/// </summary>
public static partial class QuestionFraming
{
    public const int MaxWords = 4;

    public static string Strip(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return Stripped(question).Question;
    }

    /// <summary>
    /// The question as it is read (<see cref="Strip"/>ped of a chatty opening and given the capitals its names have in
    /// the coverage by <paramref name="restore"/>, the truecaser), and its topic. An opening typed in lower case that
    /// reads as chat by its case may name what the question is about ("portvale ferry - how many passengers did it carry?"):
    /// given its capitals on its own, it is the topic when it then names something ("Portvale ferry"). The topic is
    /// left out of the question, which is read as before, and is a premise only of the statement's article
    /// (<see cref="QuestionPremises.Of(string, IReadOnlyList{NewsBot.Retrieval.Passage}, string)"/>): asked about Portvale's
    /// ferry, a sentence from a story that never names Portvale does not answer. Empty when there is none.
    /// </summary>
    public static (string Question, string Topic) Read(string question, Func<string, string> restore)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(restore);

        var (stripped, opening) = Stripped(question);
        var topic = opening is not null && restore(opening) is var named && !IsChat(named) ? named.Trim() : string.Empty;
        return (restore(stripped), topic);
    }

    /// <summary>
    /// The question without its chatty opening, and that opening when it was set off by a colon or a spaced dash (not a
    /// request addressed to the bot, "could you tell me"); null when nothing was stripped.
    /// </summary>
    private static (string Question, string? Opening) Stripped(string question)
    {
        question = Apostrophes(question);
        if (Opening().Match(question) is { Success: true } opening)
        {
            return IsChat(opening.Groups["lead"].Value) ? (question[opening.Groups["ask"].Index..], opening.Groups["lead"].Value) : (question, null);
        }

        return Request().Match(question) is { Success: true } request && Addressed(request.Groups["lead"].Value) && IsChat(request.Groups["lead"].Value)
            ? (question[request.Groups["ask"].Index..], null)
            : (question, null);
    }

    /// <summary>An opening that is chat: a few words with no name or number, not itself a question.</summary>
    private static bool IsChat(string lead)
    {
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return !Asking().IsMatch(lead) && words.Length <= MaxWords && !words.Any(w => w.Any(char.IsDigit))
            && words.Skip(1).All(w => !char.IsUpper(w[0])) && (!char.IsUpper(words[0][0]) || KeyTerms.IsCommonWord(words[0].TrimEnd(',')));
    }

    /// <summary>
    /// Where the ask begins after an opening set off by a colon or a spaced dash ("the Vardo mayor who would not resign -
    /// when did she take office?"), chatty or not; 0 when the question has none. The opening sets the scene: what it says
    /// of its subject is no part of what is asked.
    /// </summary>
    public static int AskAfterOpening(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return SceneSetting().Match(question) is { Success: true } opening ? opening.Groups["ask"].Index : 0;
    }

    /// <summary>
    /// Where what the question asks begins: after a frame before it ("According to the mayor, when …", <see cref="Frame"/>)
    /// or an opening set off by a colon or a spaced dash (<see cref="AskAfterOpening"/>); 0 when it has neither. The
    /// kind of answer asked (<see cref="AnswerType.Expected"/>) and a "where" (<see cref="AskedPlace.OfWhere"/>) are read from there.
    /// </summary>
    public static int AskStart(string question) =>
        Frame(question).AskStart is > 0 and var framed ? framed : AskAfterOpening(question);

    /// <summary>
    /// The question split into what it asks and the frame it is put in: an attribution ("According to the mayor, why
    /// …?", "Why …, according to reports?") or a reference to a piece of the coverage ("For the harbour story - which
    /// …?"). A frame says where the answer was said or written, not what it says: the answer's own sentence rarely
    /// repeats it (a quote is attributed in the sentence around it, a story's subject sits in its headline), so it is
    /// background to search the statement's context for, not words the statement must hold. The frame is empty when
    /// the question has none. The ask is a span of <paramref name="question"/> as given (<see cref="FramedQuestion.AskStart"/>):
    /// the question is neither stripped of a chatty opening (the caller strips it once, <see cref="Strip"/>) nor reworded;
    /// what retrieval searches for is <see cref="Searched"/>.
    /// </summary>
    public static FramedQuestion Frame(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        if (FrameBefore().Match(question) is { Success: true } before)
        {
            var start = before.Groups["ask"].Index;
            return new FramedQuestion { Ask = question[start..], AskStart = start, Frame = before.Groups["frame"].Value.Trim() };
        }

        return FrameAfter().Match(question) is { Success: true } after
            ? new FramedQuestion { Ask = question[..after.Index], AskStart = 0, Frame = after.Groups["frame"].Value.Trim() }
            : new FramedQuestion { Ask = question, AskStart = 0, Frame = string.Empty };
    }

    /// <summary>
    /// The ask and frame of <see cref="Frame"/> as retrieval reads them: an ask the frame ended keeps the question's
    /// closing mark ("Why did the ferry turn back?"), which the embedding of a question is used to.
    /// </summary>
    public static (string Ask, string Frame) Split(string question)
    {
        var framed = Frame(question);
        return FrameAfter().Match(question) is { Success: true } after && framed.Frame.Length > 0 && framed.AskStart == 0
            ? (string.Concat(framed.Ask, after.Groups["end"].Value.Trim()), framed.Frame)
            : (framed.Ask, framed.Frame);
    }

    /// <summary>
    /// What retrieval searches for an ask: a scheduled event ("due to", "expected to", "set to") as plain "to", since a
    /// statement words a schedule with any of them and the question's choice should not count against the others.
    /// </summary>
    public static string Searched(string ask)
    {
        ArgumentNullException.ThrowIfNull(ask);

        return ScheduleFrame().Replace(ask, "to");
    }

    private static bool Addressed(string lead) =>
        lead.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals("you", StringComparison.OrdinalIgnoreCase) || w.Equals("me", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^(?:" + QuestionGrammar.WhWords + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Asking();

    [GeneratedRegex(@"^\s*(?<lead>[^:?\-–—]{1,40}?)\s*(?::|\s[-–—])\s+(?<ask>(?:" + QuestionGrammar.WhWords + @"|did|does|do|is|are|was|were|has|have|can|will)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>An opening of any length with no question in it, set off by a colon or a spaced dash before the ask (<see cref="AskAfterOpening"/>).</summary>
    [GeneratedRegex(@"^\s*(?<lead>[^?:–—]+?)(?:\s*:|\s[-–—])\s+(?<ask>(?:" + QuestionGrammar.WhWords + @"|did|does|do|is|are|was|were|has|have|can|will)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SceneSetting();

    /// <summary>"due to", "expected to", "set to": how English puts a scheduled event, which a statement words with any of them.</summary>
    [GeneratedRegex(@"\b(?:due|expected|set|scheduled|slated|poised|supposed)\s+to\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScheduleFrame();

    /// <summary>"According to Oslo's mayor, why …", "For the harbour story - which …", "In the BBC piece: who …".</summary>
    [GeneratedRegex(@"^\s*(?<frame>according\s+to\s+[^,:?\-–—]{2,60}?|(?:for|in|on|from|re|about)\s+(?:the|that|this|our|their)\s+[^,:?\-–—]{0,50}?\b(?:piece|story|stories|article|report|item|coverage|live\s?blog|blog|interview|analysis|profile)\b)\s*(?:,|:|\s[-–—])\s+(?<ask>(?:" + QuestionGrammar.WhWords + @"|did|does|do|is|are|was|were|has|have|can|will)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FrameBefore();

    /// <summary>"…, according to the think tank's analysis?", "… according to reports?" at the end of the question.</summary>
    [GeneratedRegex(@",?\s+(?<frame>according\s+to\s+[^,?]{2,60}?)(?<end>\s*[?.!]?\s*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FrameAfter();

    /// <summary>A few words with no punctuation before a question word: "Can you remind me what…".</summary>
    [GeneratedRegex(@"^\s*(?<lead>[\p{L}'’]+(?: [\p{L}'’]+){0,3}) (?<ask>(?:" + QuestionGrammar.WhWords + @")\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    /// <summary>
    /// A contraction typed in chat without its apostrophe, put back where the bare form is no word: "whats" is
    /// "what's", "didnt" is "didn't" (so a question word stays a stop word and a negation negates); "its", "cant" and
    /// "wont" are words and stay.
    /// </summary>
    public static string Apostrophes(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        question = WhContraction().Replace(question, m => $"{m.Groups["word"].Value}'s");
        return NegatedContraction().Replace(question, m => $"{m.Groups["word"].Value}n't");
    }

    [GeneratedRegex(@"\b(?<word>what|who|where|when|how|why|that|there)s\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WhContraction();

    [GeneratedRegex(@"\b(?<word>do|does|did|is|was|are|were|has|have|had|would|could|should|must|need)nt\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NegatedContraction();
}
