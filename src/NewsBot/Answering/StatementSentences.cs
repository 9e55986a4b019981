using System.Text.RegularExpressions;
using NewsBot.Ingestion;

namespace NewsBot.Answering;

/// <summary>
/// Which sentences make up one statement of an answer, so that every sentence shown answers the question or is needed
/// to read one that does.
/// <para>
/// A statement is its retrieved sentence S, preceded by the sentences S needs to be read — when S opens with a pronoun
/// ("It…", "They…", "The move…"), the sentence before it, and so on back for at most <see cref="MaxLinked"/> sentences
/// while each opens with one — and followed by the sentences that continue it (<see cref="ExtractiveComposer.IsContinuation"/>:
/// "They also…", "The proposed measures…") only while each adds to the answer (<see cref="AnswerProgress.IsAddedBy"/>):
/// a question word the answer lacks, or the kind of value asked for while the answer has none. A continuation that
/// adds neither is close material, not an answer, and is left out. A statement whose last sentence announces what the
/// next gives (<see cref="Announces"/>: a closing colon, "reasons to…") brings that one too. A statement none of whose sentences offers the date
/// or figure a when or how-many question asks for (<see cref="AnswerType.Offers"/>) is no answer at all.
/// </para>
/// </summary>
public static partial class StatementSentences
{
    /// <summary>At most this many sentences before and after the retrieved one join its statement.</summary>
    public const int MaxLinked = 2;

    /// <summary>Openers that refer to something the sentence before named.</summary>
    internal static readonly string[] PronounOpeners =
    [
        "They ", "It ", "He ", "She ", "This ", "That ", "That’s ", "That's ", "These ", "Those ", "Such ", "Its ", "Their ", "His ", "Her ", "Both ",
        "The move ", "The measure",
    ];

    /// <summary>
    /// The sentences of the statement around <paramref name="sentence"/>, in article order, each added to
    /// <paramref name="progress"/>; empty when none of them offers the date or figure a when or how-many question asks for.
    /// </summary>
    public static IReadOnlyList<Sentence> Of(Article article, Sentence sentence, AnswerProgress progress)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(progress);

        var trial = progress.Copy();
        var statement = Around(article, sentence, trial);
        if (!statement.Any(s => trial.CanAnswer(s.Text)))
        {
            return [];
        }

        progress.Take(trial);
        return statement;
    }

    private static List<Sentence> Around(Article article, Sentence sentence, AnswerProgress progress)
    {
        var first = sentence.Ordinal;
        while (first > 0 && sentence.Ordinal - first < MaxLinked && OpensWithPronoun(article.Sentences[first]) && article.Sentences[first - 1].Role == SentenceRole.Body)
        {
            first--;
        }

        var statement = article.Sentences.Skip(first).Take(sentence.Ordinal - first + 1).ToList();
        statement.ForEach(s => progress.Add(s.Text));
        for (var next = sentence.Ordinal + 1; next < article.Sentences.Count && next - sentence.Ordinal <= MaxLinked; next++)
        {
            var continuation = article.Sentences[next];
            if (!ExtractiveComposer.IsContinuation(continuation) || !progress.IsAddedBy(continuation.Text))
            {
                break;
            }

            progress.Add(continuation.Text);
            statement.Add(continuation);
        }

        // A sentence that announces what follows ("The demands were:", "He has his reasons for staying.") cannot be
        // read without the one that gives it, whatever words that one holds.
        var last = statement[^1];
        if (Announces(last.Text) && last.Ordinal + 1 < article.Sentences.Count && last.Ordinal - sentence.Ordinal < MaxLinked
            && article.Sentences[last.Ordinal + 1] is { Role: SentenceRole.Body } announced)
        {
            progress.Add(announced.Text);
            statement.Add(announced);
        }

        return statement;
    }

    /// <summary>
    /// True when the sentence announces what the next one gives: it ends with a colon, or it speaks of reasons ("reasons
    /// to…", "reasons for…", "reasons why…") and gives none after them (no "because", "including", "such as", colon).
    /// </summary>
    public static bool Announces(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        var text = sentence.TrimEnd();
        return text.EndsWith(':') || (PromisedReasons().Match(text) is { Success: true } promise && !GivenReasons().IsMatch(text[promise.Index..]));
    }

    /// <summary>True when the sentence cannot be read alone: it opens with a pronoun or a phrase pointing back ("It…", "The move…").</summary>
    public static bool OpensWithPronoun(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        var text = PastTimeOpener(sentence.Text.TrimStart('"', '“', '‘', '\''));
        return sentence.Role == SentenceRole.Body && PronounOpeners.Any(o => text.StartsWith(o, StringComparison.Ordinal));
    }

    /// <summary>
    /// <paramref name="text"/> past an opening time of the present ("This year, …", "This week the council …"), which
    /// points to the date, not back to the sentence before: what follows it is the sentence's real opening ("This week
    /// they sailed …" opens with "they"), its first letter raised as an opening's.
    /// </summary>
    internal static string PastTimeOpener(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return TimeOpener().Match(text) is { Success: true } time && time.Length < text.Length
            ? string.Concat(char.ToUpperInvariant(text[time.Length]).ToString(), text.AsSpan(time.Length + 1))
            : text;
    }

    [GeneratedRegex(@"^(?:This|These)\s+(?:year|week|month|morning|afternoon|evening|weekend|summer|winter|spring|autumn|season|time|days)\b,?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOpener();

    [GeneratedRegex(@"\breasons\s+(?:to|for|why)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PromisedReasons();

    [GeneratedRegex(@"\b(?:because|including|such\s+as|namely)\b|:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GivenReasons();
}
