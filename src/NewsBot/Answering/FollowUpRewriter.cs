using System.Text.RegularExpressions;
using NewsBot.Lexicon;
using NewsBot.Names;

namespace NewsBot.Answering;

/// <summary>
/// Turns a follow-up ("when was that?") into a standalone question that retrieval can answer on its own.
/// <para>
/// Rule. A question Q follows up the previous turn P when P exists and Q
/// (1) contains an anaphor: it, its, they, them, their, he, him, his, she, her, these, those; or this/that unless the
///     next word opens a clause ("say that Russia…", "that the talks…"); or there/then as the last word; a possessive
///     (its, their, his, her) or a pronoun opening a reported clause that belongs to the question's own subject is none
///     (<see cref="OwnedInQuestion"/>: "why did Norway change its policy?", "did Norway say it would…"); or
/// (2) opens elliptically: "and …", "but …", "so …", "also …", "what about …", "how about …"; or
/// (3) is short: fewer than two content words and no capitalised name or number ("where?", "why not?").
/// A standalone question is returned unchanged. Otherwise the standalone question is
///     Q + content words of P's question + the first <see cref="LeadTerms"/> content words of P's first cited sentence,
/// each word once, at most <see cref="MaxContextTerms"/> added, in lower case when Q is typed so; a personal pronoun
/// is first written as the person P's lead introduces (<see cref="WithPerson"/>), and Q so written stands alone when
/// nothing else in it follows up. The lead citation's opening words name what was just
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

    private static readonly HashSet<string> Possessives = new(StringComparer.OrdinalIgnoreCase) { "its", "their", "his", "her" };

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "him", "his", "she", "her" };

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "they", "he", "she" };

    /// <summary>The auxiliaries a question puts before its subject ("why did Norway…", "has the ministry…").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
        "shall", "may", "might", "must",
    };

    private static readonly HashSet<string> DoSupport = new(StringComparer.OrdinalIgnoreCase) { "do", "does", "did" };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

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
            if (Anaphors.Contains(word) && !OwnedInQuestion(words, i))
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

    /// <summary>
    /// True when the possessive at <paramref name="at"/>, or the pronoun opening a reported clause there ("did Norway say
    /// it would…", "why did Kari Lunde say she would resign?"), belongs to a subject the question names before it: the one after
    /// its auxiliary ("why did Norway change its policy?", "has the ministry cut its staff?") or a which/what/how-many
    /// phrase's noun ("which country raised its rates?"). The subject is a word that is no function word (no pronoun:
    /// "why did it change its policy?" follows up), after any article. A bare "what" or "who" before an auxiliary other
    /// than "do" is itself the subject ("what has happened to its economy?"), and owns nothing the question names; nor
    /// does "her" before a function word or at the end, an object ("what did Kari Lunde tell her?").
    /// </summary>
    private static bool OwnedInQuestion(IReadOnlyList<string> words, int at)
    {
        var reported = SubjectPronouns.Contains(words[at]) && at + 1 < words.Count && Auxiliaries.Contains(words[at + 1]);
        if (!(reported || Possessives.Contains(words[at]))
            || (string.Equals(words[at], "her", StringComparison.OrdinalIgnoreCase) && (at == words.Count - 1 || KeyTerms.IsFunctionWord(words[at + 1]))))
        {
            return false;
        }

        var auxiliary = Enumerable.Range(0, at).FirstOrDefault(i => Auxiliaries.Contains(words[i]), -1);
        if (auxiliary >= 0 && (DoSupport.Contains(words[auxiliary]) || !IsBareWh(words, auxiliary)))
        {
            var subject = auxiliary + 1;
            while (subject < at && Articles.Contains(words[subject]))
            {
                subject++;
            }

            return subject < at && !KeyTerms.IsFunctionWord(words[subject]);
        }

        var noun = IsWh(words[0], "which", "what") ? 1 : IsWh(words[0], "how") && words.Count > 1 && IsWh(words[1], "many", "much") ? 2 : -1;
        return noun > 0 && noun < at && Thesaurus.Default.Lemmas(words[noun]).Any(e => e.Class == WordClass.Noun);
    }

    /// <summary>True when the auxiliary at <paramref name="at"/> follows a lone "what" or "who", which is then its subject.</summary>
    private static bool IsBareWh(IReadOnlyList<string> words, int at) => at == 1 && IsWh(words[0], "what", "who");

    private static bool IsWh(string word, params string[] forms) => forms.Any(f => string.Equals(word, f, StringComparison.OrdinalIgnoreCase));

    /// <summary>The standalone form of <paramref name="question"/>, or the question itself when it stands alone.</summary>
    public static string Rewrite(string question, ConversationTurn? previous)
    {
        ArgumentNullException.ThrowIfNull(question);

        if (previous is null || !IsFollowUp(question))
        {
            return question;
        }

        // Once its pronoun is the person meant, a question that follows up nothing else stands alone: the previous
        // answer's words would only pull it back to what was said before ("when will she meet…" to her last remark).
        var uncased = NameCatalog.IsUncased(question);
        var asked = WithPerson(question, previous, uncased);
        if (!string.Equals(asked, question, StringComparison.Ordinal) && !IsFollowUp(asked))
        {
            return asked;
        }

        var own = new HashSet<string>(KeyTerms.Words(asked), StringComparer.OrdinalIgnoreCase);
        var lead = previous.Cited.Count > 0 ? KeyTerms.ContentWords(previous.Cited[0].Text).Take(LeadTerms) : [];
        var context = KeyTerms.ContentWords(previous.Question)
            .Concat(lead)
            .Where(own.Add)
            .Take(MaxContextTerms)
            // A follow-up typed in lower case gets its context in lower case too: the names of what the user typed are
            // then read as such a question's are (a word the lexicon does not know, capitalised as the coverage writes
            // it), where the previous answer's capitals would mark the whole question as cased and "japan" as no name.
            .Select(w => uncased ? w.ToLowerInvariant() : w)
            .ToList();
        return context.Count == 0 ? asked : $"{asked.TrimEnd()} {string.Join(' ', context)}";
    }

    /// <summary>
    /// <paramref name="question"/> with its first personal pronoun that the question does not own ("what did she say
    /// about Tromso?") written as the one person the previous answer's lead introduces ("Kari Lunde, Vardo's harbour
    /// warden, said…": <see cref="ArticlePeople.Find"/>), "his" or "her" before a noun as the name's possessive, in
    /// lower case when the question is typed so. The checks then read who is asked about ("what did Kari Lunde say"
    /// wants her words), which a pronoun leaves to whoever the context's words find. The question itself when the lead
    /// introduces no one, or more than one person.
    /// </summary>
    /// <param name="uncased">True when the question is typed in lower case (<see cref="NameCatalog.IsUncased"/>).</param>
    private static string WithPerson(string question, ConversationTurn previous, bool uncased)
    {
        var people = previous.Cited.Count > 0 ? ArticlePeople.Find(previous.Cited[0].Text).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList() : [];
        var words = KeyTerms.Words(question);
        var at = Enumerable.Range(0, words.Count).FirstOrDefault(i => PersonalPronouns.Contains(words[i]) && !OwnedInQuestion(words, i), -1);
        if (people.Count != 1 || at < 0)
        {
            return question;
        }

        // The pronoun's place: as many of the same word come before it in the text as among the words, a word read as
        // KeyTerms.Words reads one ("he's" is another word).
        var pronoun = words[at];
        var before = words.Take(at).Count(w => string.Equals(w, pronoun, StringComparison.OrdinalIgnoreCase));
        var mention = Regex.Matches(question, $@"(?<![\p{{L}}\p{{N}}'’-]){pronoun}(?![\p{{L}}\p{{N}}]|['’-][\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)[before];
        var possessive = pronoun.Equals("his", StringComparison.OrdinalIgnoreCase)
            || (pronoun.Equals("her", StringComparison.OrdinalIgnoreCase) && at + 1 < words.Count && !KeyTerms.IsFunctionWord(words[at + 1]));
        var name = uncased ? people[0].ToLowerInvariant() : people[0];
        return string.Concat(question.AsSpan(0, mention.Index), possessive ? $"{name}'s" : name, question.AsSpan(mention.Index + mention.Length));
    }
}
