using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Ingestion;

namespace NewsBot.Answering;

/// <summary>
/// Checks a model's reply against the numbered sentences it was shown, so that nothing reaches a reader that the
/// coverage does not say.
/// <para>
/// The reply is split into sentences (<see cref="SentenceSplitter"/>, after <c>[1, 2]</c> is read as <c>[1][2]</c> and
/// markers written after the full stop are moved before it). It passes when (a) every marker n satisfies
/// 1 ≤ n ≤ shown; (b) every sentence carries at least one marker; and (c) every sentence is supported by the union S of
/// the sentences it cites: with W its <see cref="ContentWords"/> and E ⊆ W its numbers and names,
/// |W ∩ S| / |W| ≥ <see cref="MinSupport"/> and E ⊆ S. The 60 % leaves room for paraphrase and connecting words while a
/// claim about something else ("Russia invaded Canada") fails on its names alone.
/// </para>
/// <para>On success the markers are renumbered 1..m in order of first use.</para>
/// </summary>
public static partial class CitationVerifier
{
    public const double MinSupport = 0.6;

    public static CitationCheck Verify(string reply, IReadOnlyList<string> shown)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(shown);

        var normalised = TrailingMarkers().Replace(MarkerLists().Replace(reply.Trim(), ExpandList), "$2$1");
        if (normalised.Length == 0)
        {
            return CitationCheck.Fail("the reply is empty");
        }

        var shownWords = shown.Select(ContentWords.Of).ToList();
        var order = new List<int>();
        var sentences = new List<string>();
        foreach (var range in SentenceSplitter.Split(normalised, 0, normalised.Length))
        {
            var sentence = normalised.Substring(range.Start, range.Length);
            var markers = Markers().Matches(sentence).Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)).ToList();
            var claim = SpacedMarkers().Replace(sentence, string.Empty);
            var quoted = CitationText.Truncate(claim, 80);
            if (markers.Count == 0)
            {
                return CitationCheck.Fail($"the sentence \"{quoted}\" cites nothing");
            }

            var unknown = markers.Where(n => n < 1 || n > shown.Count).ToList();
            if (unknown.Count > 0)
            {
                return CitationCheck.Fail($"the sentence \"{quoted}\" cites [{unknown[0]}], but only [1] to [{shown.Count}] were shown");
            }

            var support = markers.SelectMany(n => shownWords[n - 1]).ToHashSet(StringComparer.Ordinal);
            if (Unsupported(claim, support) is { } reason)
            {
                return CitationCheck.Fail($"the sentence \"{quoted}\" {reason}");
            }

            order.AddRange(markers.Where(n => !order.Contains(n)).Distinct());
            sentences.Add(Renumber(sentence, order));
        }

        return new CitationCheck { IsValid = true, Text = string.Join(' ', sentences), Cited = order };
    }

    private static string? Unsupported(string claim, HashSet<string> support)
    {
        var words = ContentWords.Of(claim);
        if (words.Count == 0)
        {
            return "has no content words to check";
        }

        var missing = ContentWords.Essential(claim).Where(w => !support.Contains(w)).ToList();
        if (missing.Count > 0)
        {
            return $"names or numbers its citations do not contain: {string.Join(", ", missing)}";
        }

        var share = (double)words.Count(support.Contains) / words.Count;
        return share < MinSupport
            ? string.Create(CultureInfo.InvariantCulture, $"shares only {share:P0} of its content words with its citations (at least {MinSupport:P0} needed)")
            : null;
    }

    /// <summary>Renumbers the markers and writes the trailing ones after the full stop, as the extractive answer does.</summary>
    private static string Renumber(string sentence, List<int> order)
    {
        var renumbered = Markers().Replace(sentence, m => $"[{order.IndexOf(int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)) + 1}]");
        var trailing = MarkersBeforeStop().Match(renumbered);
        var flat = trailing.Success
            ? string.Concat(renumbered.AsSpan(0, trailing.Index), trailing.Groups[2].Value, " ", string.Concat(Markers().Matches(trailing.Groups[1].Value).Select(m => m.Value)))
            : renumbered;
        return string.Join(' ', flat.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string ExpandList(Match match) =>
        string.Concat(match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => $"[{n}]"));

    /// <summary>An answer's citation marker, <c>[n]</c>, with n captured.</summary>
    [GeneratedRegex(@"\[(\d+)\]")]
    internal static partial Regex Markers();

    [GeneratedRegex(@"\s*\[\d+\]")]
    private static partial Regex SpacedMarkers();

    // "[1, 2]" and "[1,2]": one marker per number.
    [GeneratedRegex(@"\[(\d+(?:\s*,\s*\d+)+)\]")]
    private static partial Regex MarkerLists();

    // "claim. [1][2]" → "claim [1][2]." so each sentence keeps its own markers when split.
    [GeneratedRegex(@"([.!?…][""”’)]*)((?:\s*\[\d+\])+)")]
    private static partial Regex TrailingMarkers();

    // "claim [1][2]." at the end of a sentence, to be written back as "claim. [1][2]".
    [GeneratedRegex(@"((?:\s*\[\d+\])+)([.!?…][""”’)]*)\s*$")]
    private static partial Regex MarkersBeforeStop();
}
