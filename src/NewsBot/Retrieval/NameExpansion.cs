using Lucene.Net.Analysis;
using NewsBot.Lexicon;
using NewsBot.Names;
using NewsBot.Text;

namespace NewsBot.Retrieval;

/// <summary>
/// A name of the question (<see cref="NameCatalog"/>) with the other forms a sentence may use for it: "Tokyo" with
/// "Japan" and "Japanese", "Downing Street" with "No 10", "UK" and "British"; or a word of the question with its other
/// forms or synonyms (<see cref="WordExpansion"/>). The keyword search adds each form at <see cref="Boost"/> times the
/// weight of the question's own words, and a sentence's coverage counts the terms as present, at <see cref="Credit"/>,
/// when it holds one of the forms.
/// </summary>
public sealed record NameExpansion
{
    /// <summary>The analysed terms of the name as the question writes it.</summary>
    public required IReadOnlyList<string> Terms { get; init; }

    public required IReadOnlyList<NameAlternative> Alternatives { get; init; }

    /// <summary>The search weight of an alternative against a term the question writes.</summary>
    public float Boost { get; init; } = KeywordIndex.NameBoost;

    /// <summary>The share of the terms' weight a sentence's coverage gains when it holds an alternative instead of them.</summary>
    public double Credit { get; init; } = 1;

    /// <summary>
    /// Whether a sentence that holds only an alternative is found by it (another name of the same entity), or the
    /// alternatives only add to sentences the question's own rarer words already find (a synonym: the keyword search
    /// then scores its postings only on those sentences, which bounds its work on a large corpus).
    /// </summary>
    public bool Finds { get; init; } = true;

    /// <summary>
    /// The names of <paramref name="question"/> that have other forms, analysed by <paramref name="analyzer"/>; a name
    /// typed in lower case in a question that capitalises its names ("americans") is left as the word it may be (<see cref="NameCatalog.FindAsked"/>).
    /// </summary>
    public static IReadOnlyList<NameExpansion> Of(Analyzer analyzer, string question, NameCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(question);

        return Expand(analyzer, (catalog ?? NameCatalog.Default).FindAsked(question).Select(m => (m.Text, m.Alternatives)));
    }

    /// <summary>
    /// The offices <paramref name="question"/> names by a reader's form ("PM", "top diplomat"), each with the forms news
    /// writes for it (<see cref="Roles"/>), and the head of an institution it asks for ("the head of Nato") with the
    /// office news names that head by (<see cref="NameCatalog.HeadsAsked"/>: "secretary general"), searched and counted
    /// like another name's forms.
    /// </summary>
    public static IReadOnlyList<NameExpansion> OfRoles(Analyzer analyzer, string question, Roles? roles = null, NameCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(question);

        return Expand(analyzer, (roles ?? Roles.Default).Find(question).Concat((catalog ?? NameCatalog.Default).HeadsAsked(question)));
    }

    /// <summary>
    /// The words of <paramref name="question"/> the lexicon does not know (names, mostly) that <paramref name="keywords"/>
    /// holds a commoner spelling of (<see cref="KeywordIndex.SpellingVariants"/>: "Lundqvist" for "Lundkvist", "Brekkestad"
    /// for "Brekestad"), each with those spellings, searched and counted as another form of the same name. A word the
    /// lexicon knows is spelt as the reader meant it ("marine" is no slip for "marina"), and a country's, people's or
    /// institution's the catalogue knows has its own forms ("Serbian" is no slip for "Serbia": <see cref="Of"/>).
    /// </summary>
    public static IReadOnlyList<NameExpansion> OfSpellings(KeywordIndex keywords, string question, Thesaurus? thesaurus = null)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        ArgumentNullException.ThrowIfNull(question);

        var lexicon = thesaurus ?? Thesaurus.Default;
        var expansions = new List<NameExpansion>();
        foreach (var (start, length) in WordRuns.Of(question))
        {
            var word = question.Substring(start, length);
            if (length < KeywordIndex.MinSpelledLength || !word.All(char.IsLetter) || lexicon.Lemmas(word.ToLowerInvariant()).Count > 0 || NameCatalog.Default.Find(word).Count > 0
                || QueryTerms.Analyze(keywords.Analyzer, KeywordIndex.TextField, word) is not [var term]
                || expansions.Any(e => e.Terms[0] == term)
                || keywords.SpellingVariants(term) is not { Count: > 0 } variants)
            {
                continue;
            }

            expansions.Add(new NameExpansion { Terms = [term], Alternatives = variants.Select(v => new NameAlternative { Text = v, Terms = [v] }).ToList() });
        }

        return expansions;
    }

    /// <summary>Each written form with those of its other forms the analyser tells apart from it, when it has any.</summary>
    private static List<NameExpansion> Expand(Analyzer analyzer, IEnumerable<(string Text, IReadOnlyList<string> Alternatives)> mentions)
    {
        var expansions = new List<NameExpansion>();
        foreach (var (text, forms) in mentions)
        {
            var terms = QueryTerms.Analyze(analyzer, KeywordIndex.TextField, text);

            // A form the analyser reduces to a number ("No 10" is "10") would match any sentence with that number.
            var alternatives = forms
                .Select(a => new NameAlternative { Text = a, Terms = QueryTerms.Analyze(analyzer, KeywordIndex.TextField, a) })
                .Where(a => a.Terms.Any(t => !t.Any(char.IsDigit)) && !a.Terms.SequenceEqual(terms, StringComparer.Ordinal))
                .DistinctBy(a => string.Join(' ', a.Terms), StringComparer.Ordinal)
                .ToList();
            if (terms.Count > 0 && alternatives.Count > 0)
            {
                expansions.Add(new NameExpansion { Terms = terms, Alternatives = alternatives });
            }
        }

        return expansions;
    }
}
