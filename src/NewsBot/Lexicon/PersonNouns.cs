using System.Collections.Frozen;
using NewsBot.Text;

namespace NewsBot.Lexicon;

/// <summary>
/// Nouns whose most frequent sense is a person ("surgeon", "architect", "goalkeeper"): <c>Lexicon/People.txt</c>, an
/// embedded resource generated from WordNet 3.0's noun.person file by <c>tools/lexicon/people.py</c>. "Which surgeon …"
/// asks for a person as "who" does. <see cref="Combatants"/> holds those whose most frequent sense is a member of the
/// armed forces or one who fights ("soldier", "marine", "troops"): <c>Lexicon/Combatants.txt</c>, by
/// <c>tools/lexicon/combatants.py</c>.
/// </summary>
public sealed class PersonNouns
{
    private static readonly Lazy<PersonNouns> Embedded = new(() => LoadEmbedded("NewsBot.Lexicon.People.txt"));

    private static readonly Lazy<PersonNouns> EmbeddedCombatants = new(() => LoadEmbedded("NewsBot.Lexicon.Combatants.txt"));

    private readonly FrozenSet<string> _nouns;

    private PersonNouns(IEnumerable<string> nouns) => _nouns = nouns.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The list embedded in the application.</summary>
    public static PersonNouns Default => Embedded.Value;

    /// <summary>The nouns of members of the armed forces and combatants embedded in the application.</summary>
    public static PersonNouns Combatants => EmbeddedCombatants.Value;

    public int Count => _nouns.Count;

    /// <summary>Reads one noun per line; # comments and blank lines are skipped.</summary>
    public static PersonNouns Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        var nouns = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                nouns.Add(line.Trim().ToLowerInvariant());
            }
        }

        return new PersonNouns(nouns);
    }

    /// <summary>True when <paramref name="word"/>, or the singular of a regular plural ("surgeons", "spokesmen"), is a person noun.</summary>
    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        var lower = word.ToLowerInvariant();
        return _nouns.Contains(lower)
            || (lower.EndsWith("men", StringComparison.Ordinal) && _nouns.Contains(string.Concat(lower.AsSpan(0, lower.Length - 3), "man")))
            || (lower.EndsWith("ies", StringComparison.Ordinal) && _nouns.Contains(string.Concat(lower.AsSpan(0, lower.Length - 3), "y")))
            || (lower.EndsWith("es", StringComparison.Ordinal) && _nouns.Contains(lower[..^2]))
            || (lower.EndsWith('s') && _nouns.Contains(lower[..^1]));
    }

    /// <summary>True when <paramref name="word"/> as written, in any case, is a person noun: a plural is not.</summary>
    public bool IsNoun(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        return _nouns.Contains(word.ToLowerInvariant());
    }

    private static PersonNouns LoadEmbedded(string resourceName)
    {
        using var reader = new StreamReader(EmbeddedText.Open(resourceName));
        return Parse(reader);
    }
}
