namespace NewsBot.Answering;

/// <summary>
/// Turns a follow-up ("when was that?") into a standalone question that retrieval can answer on its own.
/// <para>
/// Rule. A question Q follows up the previous turn P when P exists and Q
/// (1) contains an anaphor: it, its, they, them, their, he, him, his, she, her, these, those; or this/that unless the
///     next word opens a clause ("say that Russia…", "that the talks…"); or there/then as the last word; or
/// (2) opens elliptically: "and …", "but …", "so …", "also …", "what about …", "how about …"; or
/// (3) is short: fewer than two content words and no capitalised name or number ("where?", "why not?").
/// A standalone question is returned unchanged. Otherwise the standalone question is
///     Q + content words of P's question + the first <see cref="LeadTerms"/> content words of P's first cited sentence,
/// each word once, at most <see cref="MaxContextTerms"/> added. The lead citation's opening words name what was just
/// said (news sentences open with when, who and what: "On December 17, 2021, the Russian Foreign Ministry released a
/// draft agreement…"), so "that" finds its referent without a model.
/// </para>
/// </summary>
public static class FollowUpRewriter
{
    public const int LeadTerms = 10;
    public const int MaxContextTerms = 16;

    private static readonly HashSet<string> Anaphors = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "these", "those",
    };

    private static readonly HashSet<string> Demonstratives = new(StringComparer.OrdinalIgnoreCase) { "this", "that" };

    private static readonly HashSet<string> FinalOnly = new(StringComparer.OrdinalIgnoreCase) { "there", "then" };

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "it", "they", "he", "she", "we", "you", "i", "there", "this", "these", "those",
    };

    private static readonly string[] EllipticalOpeners = ["and", "but", "so", "also", "what about", "how about"];

    public static bool IsFollowUp(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        var words = KeyTerms.Words(question);
        if (words.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var last = i == words.Count - 1;
            if (Anaphors.Contains(word))
            {
                return true;
            }

            if (Demonstratives.Contains(word) && (last || !(KeyTerms.IsCapitalised(words[i + 1]) || ClauseOpeners.Contains(words[i + 1]))))
            {
                return true;
            }

            if (last && FinalOnly.Contains(word))
            {
                return true;
            }
        }

        var opening = string.Join(' ', words.Take(2));
        if (EllipticalOpeners.Any(o => string.Equals(words[0], o, StringComparison.OrdinalIgnoreCase) || string.Equals(opening, o, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var content = words.Where(w => !KeyTerms.IsFunctionWord(w)).ToList();
        return content.Count < 2 && !content.Any(w => KeyTerms.IsCapitalised(w) || KeyTerms.IsNumber(w));
    }

    /// <summary>The standalone form of <paramref name="question"/>, or the question itself when it stands alone.</summary>
    public static string Rewrite(string question, ConversationTurn? previous)
    {
        ArgumentNullException.ThrowIfNull(question);

        if (previous is null || !IsFollowUp(question))
        {
            return question;
        }

        var own = new HashSet<string>(KeyTerms.Words(question), StringComparer.OrdinalIgnoreCase);
        var lead = previous.Cited.Count > 0 ? KeyTerms.ContentWords(previous.Cited[0].Text).Take(LeadTerms) : [];
        var context = KeyTerms.ContentWords(previous.Question)
            .Concat(lead)
            .Where(own.Add)
            .Take(MaxContextTerms)
            .ToList();
        return context.Count == 0 ? question : $"{question.TrimEnd()} {string.Join(' ', context)}";
    }
}
