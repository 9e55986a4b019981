using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Lexicon;
using NewsBot.Text;

namespace NewsBot.Names;

/// <summary>
/// The names of countries, territories, institutions and political parties (<c>Names/Names.json</c>, an embedded
/// resource): every UN member state and common others, each with its short and long names, capitals, demonyms and the
/// stand-ins news writes for its government, and the parties under the names news gives them ("Tory", "GOP"). Adding a
/// name is editing that file.
/// <para>
/// A text is read as words (<see cref="NameWord"/>: letters and digits, case and accents folded); a form matches where
/// its words follow one another in the text, the last one also with a plural "s" or "es" (Britons). A form written in
/// capitals ("US", "U.K.") matches only capitals, so the pronoun "us" is no country; a loose form or one with a number
/// ("No 10") matches only as capitalised as written, so "no 10-year bonds" names nobody. At each word the longest form
/// wins, so "North Korea" is not "Korea" and "Downing Street" is one mention.
/// </para>
/// </summary>
public sealed partial class NameCatalog
{
    private const string ResourceName = "NewsBot.Names.Names.json";

    private static readonly Lazy<NameCatalog> Embedded = new(LoadEmbedded);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Forms by their first folded word.</summary>
    private readonly Dictionary<string, List<Entry>> _byFirstWord = new(StringComparer.Ordinal);

    private NameCatalog(IReadOnlyList<NamedEntity> entities)
    {
        Entities = entities;
        foreach (var entity in entities)
        {
            foreach (var form in entity.Forms.Distinct(StringComparer.Ordinal))
            {
                var words = NameWord.Split(form).ToArray();
                if (words.Length == 0)
                {
                    throw new InvalidDataException($"Names: entity '{entity.Id}' has a form without letters: '{form}'.");
                }

                if (!_byFirstWord.TryGetValue(words[0].Folded, out var entries))
                {
                    entries = [];
                    _byFirstWord[words[0].Folded] = entries;
                }

                var cased = entity.Loose.Contains(form, StringComparer.Ordinal) || form.Any(char.IsDigit);
                entries.Add(new Entry(entity, form, words, cased));
            }
        }
    }

    /// <summary>The catalogue embedded in the application.</summary>
    public static NameCatalog Default => Embedded.Value;

    public IReadOnlyList<NamedEntity> Entities { get; }

    /// <summary>Reads a catalogue in the format of <c>Names.json</c>: <c>{"entities": [{"id", "kind", "names", …}]}</c>.</summary>
    public static NameCatalog Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        var file = JsonSerializer.Deserialize<NamesFile>(json, Json) ?? throw new InvalidDataException("Names: the file is empty.");
        var duplicate = file.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Names: the id '{duplicate.Key}' is used twice.");
        }

        foreach (var entity in file.Entities)
        {
            if (entity.Names.Count == 0)
            {
                throw new InvalidDataException($"Names: entity '{entity.Id}' has no name.");
            }

            if (entity.Loose.FirstOrDefault(l => !entity.Forms.Contains(l, StringComparer.Ordinal)) is { } stray)
            {
                throw new InvalidDataException($"Names: entity '{entity.Id}' lists '{stray}' as loose but not as one of its forms.");
            }
        }

        return new NameCatalog(file.Entities);
    }

    /// <summary>
    /// The names a question asks about: those it writes as names (<see cref="NameMention.IsCapitalised"/>), and, in a
    /// question typed all in lower case ("which vessels did chile send"), where capitals tell nothing, also a name the
    /// lexicon does not know as a word ("chile", not "polish"). The lexicon holds only words SemCor tagged, so a rare
    /// common noun that is also a name ("turkey" the bird) is read as the name in such a question.
    /// </summary>
    public IReadOnlyList<NameMention> FindAsked(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        var uncased = IsUncased(question);
        return Find(question)
            .Where(m => m.IsCapitalised || (uncased && Thesaurus.Default.Lemmas(m.Text).Count == 0))
            .Select(m => AsPlace(question, m))
            .ToList();
    }

    /// <summary>
    /// A capital written where a place stands ("who did the premier meet in Warsaw?", "the talks at Geneva", "the
    /// population of Warsaw") names the
    /// city, not the government that sits there: only the city's own names hold it, not the country's ("Poland",
    /// "Polish"), which a statement about the premier anywhere else would hold. A capital that acts or owns ("what did
    /// Warsaw offer?", "Warsaw's offer"), or that follows "to" or "from", where a government is as often meant ("what
    /// did Kyiv ask of Moscow", "a letter to Moscow"), stands for its government and keeps every form. Only what holds
    /// the mention changes: a search still looks for the country's forms too (<see cref="NameMention.Alternatives"/>).
    /// </summary>
    private static NameMention AsPlace(string question, NameMention mention)
    {
        var capitals = mention.Entities.SelectMany(e => e.Capitals).ToList();
        if (!capitals.Contains(mention.Text, StringComparer.OrdinalIgnoreCase) || !Locative().IsMatch(question[..mention.Start]))
        {
            return mention;
        }

        var after = question.AsSpan(mention.Start + mention.Text.Length);
        if (after.StartsWith("'", StringComparison.Ordinal) || after.StartsWith("’", StringComparison.Ordinal))
        {
            return mention;
        }

        var forms = capitals.Prepend(mention.Text).Distinct(StringComparer.Ordinal).ToList();
        return mention with { Forms = forms, FormWords = forms.Select(f => NameWord.Split(f).ToArray()).Where(f => f.Length > 0).ToList() };
    }

    /// <summary>
    /// A preposition of place right before a name: "in", "at", "near", "outside", "inside", "around"; or "of" after a
    /// noun phrase an article opens or a bearing ("the population of", "the mayor of", "north-west of"), not after a verb
    /// ("ask of").
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:in|at|near|outside|inside|around)|\b(?:the|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+of|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Locative();

    /// <summary>
    /// The first name of each country or institution <paramref name="question"/> calls only by a capital or stand-in
    /// ("Portugal" for "Lisbon", "Nato" for "the alliance", "United Kingdom" for "No 10"), once each; a form shared by
    /// several ("Brussels") names none of them.
    /// </summary>
    public IReadOnlyList<string> NamesOfStandIns(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return FindAsked(question)
            .Where(m => m.Entities.Count == 1 && !m.Entities[0].Names.Concat(m.Entities[0].Demonyms).Any(n => m.Text.Contains(n, StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.Entities[0].Names[0])
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True when no word of <paramref name="question"/> after the first starts with a capital ("I" aside): its capitals tell nothing.</summary>
    public static bool IsUncased(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return question.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .All(w => !char.IsUpper(w[0]) || w == "I" || w.StartsWith("I'", StringComparison.Ordinal) || w.StartsWith("I’", StringComparison.Ordinal));
    }

    /// <summary>The countries and institutions <paramref name="text"/> names in any of their forms.</summary>
    public HashSet<NamedEntity> EntitiesIn(string text) => Find(text).SelectMany(m => m.Entities).ToHashSet();

    /// <summary>The names of <paramref name="text"/>, left to right, the longest form at each word.</summary>
    public IReadOnlyList<NameMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var words = NameWord.Split(text);
        var mentions = new List<NameMention>();
        var i = 0;
        while (i < words.Count)
        {
            var matched = Candidates(words[i].Folded)
                .Where(e => Matches(words, i, e.Words, e.IsCased))
                .GroupBy(e => e.Words.Length)
                .MaxBy(g => g.Key)?
                .ToList();
            if (matched is null)
            {
                i++;
                continue;
            }

            var length = matched[0].Words.Length;
            mentions.Add(Mention(text, words.GetRange(i, length), matched));
            i += length;
        }

        return mentions;
    }

    /// <summary>True when <paramref name="text"/> holds one of the <paramref name="mention"/>'s forms.</summary>
    public static bool Holds(string text, NameMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);

        return Holds(NameWord.Split(text), mention);
    }

    internal static bool Holds(IReadOnlyList<NameWord> words, NameMention mention)
    {
        foreach (var form in mention.FormWords)
        {
            var isCased = form.Any(w => w.Written.Any(char.IsDigit));
            for (var i = 0; i < words.Count; i++)
            {
                if (Matches(words, i, form, isCased))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private IEnumerable<Entry> Candidates(string folded)
    {
        var keys = new List<string>(3) { folded };
        if (folded.Length > 3 && folded[^1] == 's')
        {
            keys.Add(folded[..^1]);
            if (folded[^2] == 'e')
            {
                keys.Add(folded[..^2]);
            }
        }

        return keys.SelectMany(k => _byFirstWord.GetValueOrDefault(k) ?? []);
    }

    private static bool Matches(IReadOnlyList<NameWord> words, int at, NameWord[] form, bool isCased)
    {
        if (at + form.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < form.Length; k++)
        {
            var word = words[at + k];
            var expected = form[k];
            var same = word.Folded == expected.Folded
                || (k == form.Length - 1 && !expected.IsAllCapitals && word.Folded.Length > 3
                    && (word.Folded == expected.Folded + "s" || word.Folded == expected.Folded + "es"));
            if (!same || (expected.IsAllCapitals && !word.IsAllCapitals) || (isCased && expected.IsCapitalised && !word.IsCapitalised))
            {
                return false;
            }

            // Words of one name follow each other with at most a space, hyphen, apostrophe or full stop between them.
            if (k > 0 && word.Start - words[at + k - 1].End > 2)
            {
                return false;
            }
        }

        return true;
    }

    private static NameMention Mention(string text, List<NameWord> words, List<Entry> matched)
    {
        var written = text[words[0].Start..words[^1].End];
        var entities = matched.Select(e => e.Entity).Distinct().ToList();
        var folded = string.Join(' ', words.Select(w => w.Folded));
        var alternatives = matched
            .SelectMany(e => (e.Entity.IsStandIn(e.Form) ? e.Entity.Forms : e.Entity.Names.Concat(e.Entity.Demonyms)).Where(f => !e.Entity.Loose.Contains(f, StringComparer.Ordinal)))
            .Where(f => string.Join(' ', NameWord.Split(f).Select(w => w.Folded)) != folded)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var forms = matched
            .SelectMany(e => (e.Entity.IsStandIn(e.Form) ? e.Entity.Forms : e.Entity.Names.Concat(e.Entity.Demonyms).Concat(e.Entity.StandIns)).Where(f => !e.Entity.Loose.Contains(f, StringComparer.Ordinal)))
            .Prepend(written)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // Written as a name ("Russia", "No 10"), or as the catalogue writes a common phrase ("the alliance"); a name typed
        // in lower case ("americans") may be just a word.
        var named = words.SkipWhile(w => w.Folded == "the").Any(w => w.IsCapitalised || w.Written.Any(char.IsDigit))
            || matched.Any(e => !e.Form.Any(char.IsUpper));
        return new NameMention
        {
            Text = written,
            Start = words[0].Start,
            Entities = entities,
            Alternatives = alternatives,
            Forms = forms,
            FormWords = forms.Select(f => NameWord.Split(f).ToArray()).Where(f => f.Length > 0).ToList(),
            IsCapitalised = named,
            IsDemonym = matched.All(e => e.Entity.Demonyms.Contains(e.Form, StringComparer.Ordinal)),
        };
    }

    /// <summary>
    /// Where <paramref name="question"/> asks for the head of an institution that has a head's office
    /// (<see cref="NamedEntity.Head"/>): "the head of Nato", "Nato's chief", "the Fed boss", "leader of the UN". Each
    /// comes as the word the question writes for the head with the office news writes, to be searched as its other form.
    /// </summary>
    public IReadOnlyList<(string Text, IReadOnlyList<string> Alternatives)> HeadsAsked(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        var asked = new List<(string, IReadOnlyList<string>)>();
        foreach (var mention in FindAsked(question))
        {
            if (mention.Entities.Select(e => e.Head).FirstOrDefault(h => h is not null) is not { } office)
            {
                continue;
            }

            var before = HeadOf().Match(question[..mention.Start]);
            var after = HeadAfter().Match(question[(mention.Start + mention.Text.Length)..]);
            if ((before.Success ? before : after) is { Success: true } head)
            {
                asked.Add((head.Groups["head"].Value, [office]));
            }
        }

        return asked;
    }

    /// <summary>"head of ", "the chief of the ": a word for the head, right before the institution.</summary>
    [GeneratedRegex(@"\b(?<head>head|chief|boss|leader)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadOf();

    /// <summary>
    /// "'s head", "'s chief", " chief", " boss": a word for the head right after the institution; "head" and "leader"
    /// only after its possessive, as "Nato head north" is a verb and "Nato leaders" its members' leaders.
    /// </summary>
    [GeneratedRegex(@"^(?:['’]s\s+(?<head>head|chief|boss|leader)|\s+(?<head>chief|boss))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadAfter();

    private static NameCatalog LoadEmbedded() => Parse(EmbeddedText.Read(ResourceName));

    private sealed record Entry(NamedEntity Entity, string Form, NameWord[] Words, bool IsCased);

    private sealed record NamesFile
    {
        public required IReadOnlyList<NamedEntity> Entities { get; init; }
    }
}
