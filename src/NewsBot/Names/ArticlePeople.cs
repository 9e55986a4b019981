using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NewsBot.Dates;
using NewsBot.Ingestion;
using NewsBot.Lexicon;

namespace NewsBot.Names;

/// <summary>A person an article introduces with what they are: "Lena Brannock", "Brannock", "Vardo's harbour warden".</summary>
public sealed record PersonDescription(string Name, string Surname, string Description)
{
    /// <summary>
    /// The office the description names, without who it belongs to, in lower case: "harbour warden" for "Vardo's
    /// harbour warden", "foreign minister" for "the Swedish foreign minister". An office of one word is written "the …"
    /// in a later sentence ("the mayor said").
    /// </summary>
    public string Office { get; } = OfficeOf(Description);

    /// <summary>
    /// Drops who the office belongs to: the capitalised words before a lower-case office ("Vardo's harbour warden"),
    /// or, in an office written in capitals, the possessives, abbreviations and countries before it ("US Treasury
    /// Secretary", "Norwegian Fisheries Minister").
    /// </summary>
    private static string OfficeOf(string description)
    {
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titled = words.All(w => char.IsUpper(w[0]));
        var first = 0;
        bool Owner(string word) => ArticlePeople.IsPossessive(word) || word is "the" or "a" or "an"
            || (titled ? !word.Any(char.IsLower) || IsCountry(word) : char.IsUpper(word[0]));
        while (first < words.Length - 1 && Owner(words[first]))
        {
            first++;
        }

        return string.Join(' ', words[first..]).ToLowerInvariant();
    }

    private static bool IsCountry(string word) => NameCatalog.Default.Find(word) is [{ Start: 0 } mention] && mention.Text.Length == word.Length;
}

/// <summary>
/// The people an article introduces with a description, read the way news introduces them, and what a sentence that
/// names them more briefly refers to. News describes a person once ("Norway's fisheries minister, Lena Brannock, said
/// …", "Lena Brannock, the fisheries minister, said …", "Fisheries Minister Lena Brannock") and then writes only
/// "Brannock" or "the minister"; a reader asking about "Oslo's fisheries chief" or about "Brannock" means either.
/// <list type="bullet">
/// <item><b>Before the name:</b> an office noun (a person noun of <see cref="PersonNouns"/>, or a title such as
/// "chancellor", "general"; "secretary of state" with its "of" phrase) right before a name of two or three capitalised
/// words, or of one after an office written in capitals ("President Brannock"); before it up to two lower-case words
/// ("deputy foreign"), and before those up to three capitalised ones ("US", "Nato", "Norway's"), a possessive ending
/// them. A comma may stand between ("the harbour warden, Lena Brannock").</item>
/// <item><b>After the name:</b> an apposition between commas ("Lena Brannock, the Norwegian fisheries minister,") of
/// at most <see cref="MaxAppositionWords"/> words, holding an office noun and no clause word ("who", "said").</item>
/// </list>
/// A surname two people of the article share names neither (<see cref="Describe"/>).
/// </summary>
public sealed partial class ArticlePeople
{
    /// <summary>An apposition longer than this is a clause, not a description.</summary>
    public const int MaxAppositionWords = 8;

    /// <summary>Titles whose most frequent sense is no person, so <see cref="PersonNouns"/> lacks them.</summary>
    private static readonly FrozenSet<string> Titles = new[] { "chancellor", "general", "chief", "queen", "premier", "head" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a clause or a list: an apposition holding one is no description.</summary>
    private static readonly FrozenSet<string> ClauseWords = new[]
    {
        "who", "whom", "whose", "which", "that", "said", "says", "told", "and", "but", "is", "was", "has", "had", "will", "would", "have",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that stop a description read backwards from its office: articles, prepositions, conjunctions.</summary>
    private static readonly FrozenSet<string> Stops = new[]
    {
        "the", "a", "an", "of", "and", "or", "but", "by", "with", "to", "from", "for", "at", "on", "in", "as", "than", "that", "who",
        "said", "says", "told", "when", "while", "after", "before", "between", "including", "like", "against", "about", "into",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Calendar = CalendarNames.Months.Concat(CalendarNames.Weekdays).ToFrozenSet(StringComparer.Ordinal);

    private static readonly ConditionalWeakTable<Article, ArticlePeople> Read = [];

    private readonly FrozenDictionary<string, PersonDescription[]> _bySurname;
    private readonly FrozenDictionary<string, PersonDescription[]> _byOffice;

    public ArticlePeople(IReadOnlyList<PersonDescription> people)
    {
        ArgumentNullException.ThrowIfNull(people);

        People = people;
        // One description a person: the first the article gives.
        var first = people.DistinctBy(p => p.Name, StringComparer.Ordinal).ToList();
        _bySurname = first.GroupBy(p => p.Surname, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byOffice = first.GroupBy(p => p.Office, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every description the article gives, in text order.</summary>
    public IReadOnlyList<PersonDescription> People { get; }

    /// <summary>The article's people, read once an article.</summary>
    public static ArticlePeople Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);

        return Read.GetValue(article, a => new ArticlePeople(a.Sentences.SelectMany(s => Find(s.Text)).ToList()));
    }

    /// <summary>
    /// What <paramref name="text"/> refers to that it does not write, one line each: the description of each person it
    /// names by surname or in full without describing them ("Brannock said" gives "Norway's fisheries minister"), and
    /// the name of the one person who holds an office it writes as "the …" without naming them ("the fisheries minister
    /// said" gives "Lena Brannock"). Empty when it refers to nobody the article describes.
    /// </summary>
    public string Describe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (People.Count == 0)
        {
            return string.Empty;
        }

        var lines = new List<string>();
        foreach (var word in Surnames(text))
        {
            if (_bySurname.TryGetValue(word, out var people) && people.Length == 1 && !Holds(text, people[0].Description))
            {
                lines.Add(people[0].Description);
            }
        }

        foreach (var (office, holders) in _byOffice)
        {
            if (holders.Length == 1 && !text.Contains(holders[0].Surname, StringComparison.Ordinal) && Holds(text, $"the {office}"))
            {
                lines.Add(holders[0].Name);
            }
        }

        return string.Join('\n', lines.Distinct(StringComparer.Ordinal));
    }

    /// <summary>
    /// What <paramref name="text"/> refers to that other articles describe (<paramref name="others"/>, each person's
    /// descriptions across them): the usual description of a person it names without describing them, when one person
    /// holds the surname in most of them ("Brannock" gives "Norway's fisheries minister"), and the name of the person
    /// most of them give an office it writes as "the …" ("the fisheries minister" gives "Lena Brannock"). News leaves
    /// what everyone knows unsaid; the coverage around the article says it.
    /// </summary>
    public static string Describe(string text, IReadOnlyList<PersonDescription> others)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(others);

        if (others.Count == 0)
        {
            return string.Empty;
        }

        var bySurname = others.ToLookup(p => p.Surname, StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var word in Surnames(text))
        {
            // A place's name ("Washington") is read as the place, not as someone's surname.
            var named = bySurname[word].ToList();
            if (Mostly(named, p => p.Name) is not { } person || NameCatalog.Default.EntitiesIn(word).Count > 0)
            {
                continue;
            }

            // The description that says whose office it is ("Norway's fisheries minister", not "Minister") is the one a
            // name premise reads.
            var theirs = named.Where(p => p.Name == person).ToList();
            var owned = theirs.Where(p => NameCatalog.Default.EntitiesIn(p.Description).Count > 0).ToList();
            if (Mostly(owned.Count > 0 ? owned : theirs, p => p.Description, share: 0) is { } description && !Holds(text, description))
            {
                lines.Add(description);
            }
        }

        foreach (var holders in others.GroupBy(p => p.Office, StringComparer.Ordinal).Select(g => g.ToList()))
        {
            var office = holders[0].Office;
            if (holders.Count >= 2 && Mostly(holders, p => p.Name) is { } holder && Holds(text, $"the {office}")
                && !text.Contains(holders.First(p => p.Name == holder).Surname, StringComparison.Ordinal))
            {
                lines.Add(holder);
            }
        }

        return string.Join('\n', lines.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The capitalised words of <paramref name="text"/> that may be surnames, without a possessive's "'s".</summary>
    private static IEnumerable<string> Surnames(string text)
    {
        foreach (Match match in Word().Matches(text))
        {
            yield return IsPossessive(match.Value) ? match.Value[..^2] : match.Value;
        }
    }

    /// <summary>The value most of <paramref name="items"/> share (at least two thirds of them, or any share when 0), or null.</summary>
    private static string? Mostly(List<PersonDescription> items, Func<PersonDescription, string> value, double share = 2.0 / 3)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var top = items.GroupBy(value, StringComparer.Ordinal).MaxBy(g => g.Count())!;
        return top.Count() >= share * items.Count ? top.Key : null;
    }

    /// <summary>The descriptions one sentence gives, in its order.</summary>
    public static IReadOnlyList<PersonDescription> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        var tokens = Token().Matches(sentence).Select(m => m.Value).ToArray();
        var found = new List<PersonDescription>();
        var i = 0;
        while (i < tokens.Length)
        {
            if (!IsNameWord(tokens[i]) || (i > 0 && IsNameWord(tokens[i - 1])))
            {
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < tokens.Length && end - i < 2 && IsNameWord(tokens[end + 1]))
            {
                end++;
            }

            // A name ends at its last capitalised word: "Lena Brannock Olsen" is one name, "Lena" alone none.
            if (end + 1 < tokens.Length && char.IsUpper(tokens[end + 1][0]) && !IsPossessive(tokens[end + 1]))
            {
                i = end + 1;
                continue;
            }

            var name = string.Join(' ', tokens[i..(end + 1)]);
            var surname = tokens[end];
            if (Before(tokens, i, oneWordName: end == i) is { } before)
            {
                found.Add(new PersonDescription(name, surname, before));
            }
            else if (end > i && After(tokens, end + 1) is { } after)
            {
                found.Add(new PersonDescription(name, surname, after));
            }

            i = end + 1;
        }

        return found;
    }

    /// <summary>The description before a name starting at token <paramref name="name"/>, or null.</summary>
    private static string? Before(string[] tokens, int name, bool oneWordName)
    {
        var at = name - 1;
        if (at >= 0 && tokens[at] == ",")
        {
            at--;
        }

        if (at < 0 || !char.IsLetter(tokens[at][0]))
        {
            return null;
        }

        // The office: a noun for a person, or one with its "of" phrase ("secretary of state").
        var last = at;
        if (!IsOffice(tokens[at]) && at >= 2 && tokens[at - 1] == "of" && IsOffice(tokens[at - 2]) && !Stops.Contains(tokens[at]))
        {
            at -= 2;
        }
        else if (!IsOffice(tokens[at]))
        {
            return null;
        }

        // "Brannock" alone is a name only after an office in capitals ("President Brannock"), not "the minister Brannock".
        if (oneWordName && (!char.IsUpper(tokens[at][0]) || last != name - 1))
        {
            return null;
        }

        // An office in capitals is a title ("Fisheries Minister Lena Brannock"): lower-case words before it are not part of it.
        var first = at;
        var lower = char.IsUpper(tokens[at][0]) ? 2 : 0;
        while (first - 1 >= 0 && lower < 2 && IsModifier(tokens[first - 1]) && !char.IsUpper(tokens[first - 1][0]) && !IsPossessive(tokens[first]))
        {
            first--;
            lower++;
        }

        var capitals = 0;
        while (first - 1 >= 0 && capitals < 3 && IsModifier(tokens[first - 1]) && char.IsUpper(tokens[first - 1][0]) && !IsPossessive(tokens[first]))
        {
            first--;
            capitals++;
        }

        return string.Join(' ', tokens[first..(last + 1)]);
    }

    /// <summary>The apposition after a name, from token <paramref name="at"/> (its comma), or null.</summary>
    private static string? After(string[] tokens, int at)
    {
        if (at >= tokens.Length || tokens[at] != ",")
        {
            return null;
        }

        var start = at + 1;
        if (start < tokens.Length && tokens[start] is "the" or "a" or "an")
        {
            start++;
        }

        var end = start;
        while (end < tokens.Length && char.IsLetterOrDigit(tokens[end][0]) && end - start < MaxAppositionWords)
        {
            if (ClauseWords.Contains(tokens[end]))
            {
                return null;
            }

            end++;
        }

        var closed = end == tokens.Length || tokens[end] is "," or "." or ";";
        if (!closed || end == start || !tokens[start..end].Any(IsOffice))
        {
            return null;
        }

        return string.Join(' ', tokens[start..end]);
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="phrase"/> as whole words, in any case.</summary>
    private static bool Holds(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised word that may be part of a person's name: not an office, an abbreviation, a possessive or a month.</summary>
    private static bool IsNameWord(string token) =>
        token.Length >= 2
        && char.IsUpper(token[0])
        && token.Any(char.IsLower)
        && !IsPossessive(token)
        && !IsOffice(token)
        && !Calendar.Contains(token)
        && !Stops.Contains(token);

    private static bool IsOffice(string token)
    {
        var head = token[(token.LastIndexOf('-') + 1)..].ToLowerInvariant();
        return head.Length > 1 && (PersonNouns.Default.IsNoun(head) || Titles.Contains(head));
    }

    private static bool IsModifier(string token) => char.IsLetter(token[0]) && !Stops.Contains(token);

    internal static bool IsPossessive(string token) =>
        token.EndsWith("’s", StringComparison.Ordinal) || token.EndsWith("'s", StringComparison.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:[’'\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"\p{Lu}[\p{L}\p{M}]+(?:[’'\-][\p{L}\p{M}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
