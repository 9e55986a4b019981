using System.Text.RegularExpressions;
using NewsBot.Dates;

namespace NewsBot.Answering;

/// <summary>
/// What a "why" question asks for: a reason. News gives one in a causal clause ("because", "due to", "owing to", "after",
/// "amid", "over", "as" opening a clause, "in protest at", "in response to", "for fear", "in order to"), or a purpose ("to avoid", "aimed at"), or reports one
/// ("citing", "saying it was", "blamed", "the reason", "prompted", "led to"). A sentence with the question's words but
/// no reason ("The council also published its budget") says something else about the same people, and should not lead
/// over one that gives a reason. "After" a span of time or a time of day ("resigned after only a year", "reopened
/// after midnight", "after Tuesday") says when, not why; "after Tuesday's storm" still gives a cause. Like
/// <see cref="AskedName"/> it is a preference among the lead candidates, not a premise: a reason also stands in a
/// sentence of its own after the event ("Her office had lost its budget").
/// </summary>
public sealed partial record AskedReason
{
    public static readonly AskedReason None = new() { IsAsked = false };

    /// <summary>True when the question asks why ("why …", "how come …", "what was the reason …", "for what reason …", "what caused …").</summary>
    public required bool IsAsked { get; init; }

    public static AskedReason Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return AsksWhy().IsMatch(question) ? new AskedReason { IsAsked = true } : None;
    }

    /// <summary>True when no reason is asked or <paramref name="sentence"/> gives one.</summary>
    public bool HeldBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return !IsAsked || Reason().IsMatch(sentence);
    }

    /// <summary>
    /// A question that asks for a reason, at its start or after a frame or condition ("According to X, why …"), as
    /// chat puts it too ("how come …", "what's the council's reasoning for …").
    /// </summary>
    [GeneratedRegex(@"(?:^|[,:\-–—]\s*)(?:why\b|how\s+come\b|what(?:'s|’s|\s+(?:was|is|were|are))\s+(?:the\s+|[\p{L}\s.-]{1,40}?(?:'s|’s|s'|s’)\s+)?(?:reasons?|reasoning|rationale|motives?|motivation)\b|for\s+what\s+reasons?\b|what\s+(?:caused|prompted|led\s+to|triggered|drove)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhy();

    /// <summary>
    /// A causal connective or a reported reason. "As" counts only opening a clause with its subject (", as the talks
    /// stalled"), "over" only before what a dispute is about (not a figure, a span of time or a name: "a victory over
    /// Leeds", "a no-fly zone over Ukraine" give no reason, and are most of what news writes with "over" before a
    /// name), "since" only before a clause, not a date.
    /// </summary>
    [GeneratedRegex(@"\b(?:because|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result|in\s+protest|in\s+response\s+to|in\s+retaliation|for\s+fear|in\s+order\s+to|so\s+that|so\s+as\s+to|intended\s+to|aimed?\s+(?:at|to)|to\s+(?:avoid|prevent|protect|ensure|help|stop|address|distance|reduce|counter)|on\s+the\s+grounds|on\s+grounds|after(?!\s+(?:only\s+|just\s+|barely\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|about\s+|around\s+|some\s+)?" + Units.SpanOfTime + @"|\s+(?:midnight|noon|dark|dawn|" + CalendarNames.WeekdayPattern + @"\b(?!['’]s)))|amid|citing|cited|blam(?:e|ed|es|ing)|reasons?|prompt(?:ed|ing|s)|led\s+to|lead\s+to|caus(?:e|ed|es|ing)|result(?:ed)?\s+(?:in|from)|stemm(?:ed|ing)\s+from|saying\s+(?:it|they|he|she)\s+(?:was|were|had|would)|said\s+(?:it|they|he|she)\s+(?:was|were|had)\s+(?:too|not|unable))\b|(?:^|[,;]\s*)as\s+(?:it|they|he|she|we|the|its|their|his|her|a|an)\s+\p{L}+\s+\p{L}|\bover\s+(?!(?-i:\p{Lu})|\d|the\s+(?:past|last|next|coming|weekend|years?|months?|weeks?|days?)|(?:a|the)\s+(?:year|month|week|decade|period)|time\b)|\bsince\s+(?:it|they|he|she|we|the\s+\p{Ll})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Reason();
}
