using System.Text.RegularExpressions;
using NewsBot.Text;

namespace NewsBot.Names;

/// <summary>
/// The world's currencies (<c>Names/Currencies.tsv</c>, an embedded resource): each ISO 4217 code with its English
/// name and the words a writer uses for it alone ("dollar", "sterling", "pence"). A figure followed by one of them
/// is a sum of money; a question about a rate names one as what it is quoted against. Adding a currency or a word is
/// editing that file.
/// <para>
/// A word matches in the singular, with a plural "s", or in a plural the file lists ("kronor"); a full name matches
/// as written ("South Korean won"), which is the only way a currency whose short word is everyday English counts.
/// "Pounds of" is a weight, not money.
/// </para>
/// </summary>
public sealed class Currencies
{
    private const string ResourceName = "NewsBot.Names.Currencies.tsv";

    private static readonly Lazy<Currencies> Embedded = new(() => Parse(EmbeddedText.Read(ResourceName)));

    private readonly HashSet<string> _words;

    private Currencies(IReadOnlyList<string> codes, IReadOnlyList<string> names, HashSet<string> words)
    {
        _words = words;
        CodePattern = $"(?-i:{string.Join('|', codes.Order(StringComparer.Ordinal))})";
        var forms = names.Select(n => Regex.Escape(n).Replace("\\ ", "\\s+", StringComparison.Ordinal))
            .Concat(words.Select(Regex.Escape))
            .OrderByDescending(f => f.Length)
            .ThenBy(f => f, StringComparer.Ordinal);
        // A plural "s" on any form; "pound(s) of" is a weight.
        Pattern = $"(?:(?!pounds?\\s+of\\b)(?:{string.Join('|', forms)})s?)(?![\\p{{L}}\\p{{N}}])";
    }

    /// <summary>The currencies embedded in the application.</summary>
    public static Currencies Default => Embedded.Value;

    /// <summary>A regular expression (no anchors, case as the caller's options say) matching any currency's name or word.</summary>
    public string Pattern { get; }

    /// <summary>A regular expression matching any ISO 4217 code, in capitals only (so "ALL" is a code and "all" is not).</summary>
    public string CodePattern { get; }

    /// <summary>True when <paramref name="word"/> is a currency's word, in the singular or a plural ("dollars", "kronor").</summary>
    public bool IsWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        var folded = word.ToLowerInvariant();
        return _words.Contains(folded) || (folded.EndsWith('s') && _words.Contains(folded[..^1]));
    }

    /// <summary>Reads rows of <c>code TAB English name TAB words,comma-separated</c>; lines starting with '#' are comments.</summary>
    public static Currencies Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var codes = new List<string>();
        var names = new List<string>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        var line = 0;
        foreach (var row in text.Split('\n'))
        {
            line++;
            if (row.Trim().Length == 0 || row.StartsWith('#'))
            {
                continue;
            }

            var fields = row.TrimEnd('\r').Split('\t');
            if (fields.Length != 3 || fields[0].Length != 3 || fields[1].Trim().Length == 0)
            {
                throw new InvalidDataException($"Currencies, line {line}: expected 'code<TAB>name<TAB>words' with a three-letter code, got '{row}'.");
            }

            codes.Add(fields[0]);
            names.Add(fields[1].Trim().ToLowerInvariant());
            words.UnionWith(fields[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => w.ToLowerInvariant()));
        }

        return new Currencies(codes, names, words);
    }
}
