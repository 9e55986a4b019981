using System.Text.RegularExpressions;

namespace NewsBot.Answering;

/// <summary>
/// Splits a question that asks two things ("How long is the bridge, and which company built it?") into
/// questions that can each be answered from one sentence, as an editor's two-part question usually needs two articles.
/// <para>
/// A part ends before "and", ", but", ";", ":" or " - " that opens a new question word (what, which, who, whom, whose,
/// where, when, why, how), perhaps after one adverb ("and roughly how many…", "and also who…"); a bare comma does not,
/// as it usually opens a relative clause ("the activist, who…"). A first part that asks nothing ("<someone> was
/// arrested last week - who reported it, and …?") is context: it is the background of every part. Otherwise each later
/// part has the first part's names (words capitalised past its first word) as its background, since it refers back to
/// them ("…, and what share of its output does the unit produce?"); its question word leads it, so the kind of answer
/// it asks for is read from it. A part is retrieved for its ask, read against its background at a lower weight
/// (<see cref="Retrieval.CoverageIndex.RetrieveAsync(string, string?, int, CancellationToken)"/>). A question with one
/// ask is one part.
/// </para>
/// </summary>
public static partial class QuestionParts
{
    /// <summary>The parts as questions of their own, each with its background in brackets.</summary>
    public static IReadOnlyList<string> Split(string question) => Of(question).Select(p => p.ToString()).ToList();

    /// <summary>The parts, each with what it refers back to; a question with one ask is one part without background.</summary>
    public static IReadOnlyList<QuestionPart> Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        var boundaries = NewAsk().Matches(question);
        if (boundaries.Count == 0)
        {
            return [new QuestionPart { Ask = question }];
        }

        var parts = new List<string>(boundaries.Count + 1);
        var start = 0;
        foreach (Match boundary in boundaries)
        {
            parts.Add(question[start..boundary.Index].Trim().TrimEnd('?', ',', ';', '-', '–', '—', ' ') + "?");
            start = boundary.Groups["ask"].Index;
        }

        parts.Add(question[start..].Trim());
        var context = Asks().IsMatch(parts[0]) ? null : parts[0].TrimEnd('?');
        if (context is not null)
        {
            parts.RemoveAt(0);
        }

        if (parts.Count < 2)
        {
            return [new QuestionPart { Ask = question }];
        }

        var names = string.Join(' ', Names().Matches(context ?? parts[0]).Select(m => m.Value).Where(n => !(context ?? parts[0]).StartsWith(n, StringComparison.Ordinal)));
        var background = context ?? names;
        return parts
            .Select((p, i) => new QuestionPart { Ask = p, Background = i == 0 && context is null ? string.Empty : background })
            .ToList();
    }

    [GeneratedRegex(@"(?:,?\s+(?:and|but)|[;:]|\s+[-–—])\s+(?:(?:also|then|\p{L}+ly)\s+)?(?<ask>(?:" + QuestionGrammar.WhWords + @")\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NewAsk();

    /// <summary>A part that asks: it opens with a question word or an auxiliary ("Did…", "Has…"), after any chatty opening.</summary>
    [GeneratedRegex(@"^\W*(?:[^:]{0,30}:\s*)?(?:" + QuestionGrammar.WhWords + @"|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Asks();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex Names();
}
