namespace NewsBot.Lexicon;

/// <summary>One lemma of <see cref="Thesaurus"/> in one part of speech, with the words news may write for it.</summary>
public sealed record LexiconEntry
{
    public required WordClass Class { get; init; }

    /// <summary>The base form, lower case; a phrasal verb keeps its space ("turn down").</summary>
    public required string Lemma { get; init; }

    /// <summary>How often SemCor tagged the lemma in this part of speech: how common the word is as one.</summary>
    public required int Count { get; init; }

    /// <summary>Irregular inflections ("bought" for "buy", "fled" for "flee"); regular ones are left to the stemmer.</summary>
    public required IReadOnlyList<string> Forms { get; init; }

    /// <summary>The other members of the lemma's most frequent senses ("purchase" for "buy", "turn down" for "reject").</summary>
    public required IReadOnlyList<string> Synonyms { get; init; }

    /// <summary>Derivationally related forms of those senses ("injury" for "injure", "rejection" for "reject").</summary>
    public required IReadOnlyList<string> Derived { get; init; }

    /// <summary>For a verb, the verbs its first sense is a way of doing ("acquire" for "buy").</summary>
    public required IReadOnlyList<string> Broader { get; init; }
}
