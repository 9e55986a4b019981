using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NewsBot.Text;

namespace NewsBot.Names;

/// <summary>
/// Offices and the other names readers give them (<c>Names/Roles.tsv</c>, an embedded resource): "PM" and "head of
/// government" for a prime minister, "top diplomat" and "FM" for a foreign minister. A question that names an office
/// by one of these forms is searched for the others too, and a form in capitals is no name a statement must hold.
/// <para>
/// A form matches as a whole run of words, in any case; an abbreviation only outside a clock time ("5 pm" is no prime
/// minister). The first form of each line, the one news writes most, has no alternatives: "president" is searched as
/// written, "head of state" as "president" as well.
/// </para>
/// </summary>
public sealed class Roles
{
    private const string ResourceName = "NewsBot.Names.Roles.tsv";

    private static readonly Lazy<Roles> Embedded = new(() => Parse(EmbeddedText.Read(ResourceName)));

    private readonly FrozenDictionary<string, string[]> _alternatives;
    private readonly Regex _forms;

    private Roles(IReadOnlyList<string[]> offices)
    {
        _alternatives = offices
            .SelectMany(forms => forms.Skip(1).Select(form => (Key: Fold(form), Others: forms.Where(f => f != form).ToArray())))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(x => x.Others).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        Abbreviations = offices.SelectMany(forms => forms).Where(IsAbbreviation).Select(f => f.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        var alternation = string.Join('|', _alternatives.Keys
            .OrderByDescending(k => k.Length)
            .ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => Regex.Escape(k).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
        // Not inside a longer word or hyphenated run, nor after a clock figure ("5 pm"); with no forms, nothing matches.
        _forms = _alternatives.Count == 0
            ? new Regex("(?!)", RegexOptions.CultureInvariant)
            : new Regex($@"(?<![\p{{L}}\p{{N}}-])(?<!\d\s?)(?:{alternation})(?![\p{{L}}\p{{N}}-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    /// <summary>The offices embedded in the application.</summary>
    public static Roles Default => Embedded.Value;

    /// <summary>The abbreviations among the forms, in lower case ("pm", "fm").</summary>
    public IReadOnlySet<string> Abbreviations { get; }

    /// <summary>Each form of an office in <paramref name="text"/> that has other forms, with those forms, in text order.</summary>
    public IReadOnlyList<(string Text, IReadOnlyList<string> Alternatives)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return _forms.Matches(text)
            .Select(m => (m.Value, (IReadOnlyList<string>)_alternatives[Fold(m.Value)]))
            .ToList();
    }

    /// <summary>Reads one office a line, its forms separated by '|'; lines starting with '#' are comments.</summary>
    public static Roles Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var offices = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(forms => forms.Length > 1)
            .ToList();
        return new Roles(offices);
    }

    private static bool IsAbbreviation(string form) => form.Length > 1 && form.All(char.IsAsciiLetterUpper);

    /// <summary>A form as a key: lower case, single spaces.</summary>
    private static string Fold(string form) => string.Join(' ', form.ToLowerInvariant().Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
