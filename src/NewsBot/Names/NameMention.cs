namespace NewsBot.Names;

/// <summary>A name of <see cref="NameCatalog"/> found in a text, with the other forms of what it names.</summary>
public sealed record NameMention
{
    /// <summary>The mention as written: "Downing Street", "the Kremlin's".</summary>
    public required string Text { get; init; }

    public required int Start { get; init; }

    /// <summary>The entities it may name; more than one for a shared form ("Brussels", "Congolese").</summary>
    public required IReadOnlyList<NamedEntity> Entities { get; init; }

    /// <summary>
    /// The forms a search adds for it, below the literal words: a name or demonym brings the entity's names and
    /// demonyms ("UK" brings "Britain", "British"); a capital or stand-in also brings its capitals and other stand-ins
    /// ("Downing Street" brings "No 10" and "UK"). Loose forms are never added.
    /// </summary>
    public required IReadOnlyList<string> Alternatives { get; init; }

    /// <summary>
    /// The forms that count as mentioning the same entity: the text itself and its entities' forms but loose ones, less
    /// the capitals when the text is a name or demonym ("Spain" is not held by a summit "in Madrid", but "Madrid" is
    /// held by "Spain").
    /// </summary>
    public required IReadOnlyList<string> Forms { get; init; }

    /// <summary><see cref="Forms"/> as words, split once.</summary>
    internal IReadOnlyList<NameWord[]> FormWords { get; init; } = [];

    /// <summary>True when the text is a demonym or adjective ("English", "Russian"), which often says what kind of thing is asked about rather than who acted.</summary>
    public bool IsDemonym { get; init; }

    /// <summary>
    /// True when the text writes it as a name ("Russia", "No 10") or as the catalogue writes a common phrase ("the
    /// alliance"); false for a name typed in lower case ("americans"), which may be just a word.
    /// </summary>
    public required bool IsCapitalised { get; init; }
}
