namespace NewsBot.Names;

/// <summary>
/// A country, territory, institution or party and the names news gives it, as one entry of <c>Names/Names.json</c>.
/// </summary>
public sealed record NamedEntity
{
    /// <summary>ISO 3166 alpha-3 code for a country, or a short code of its own for anything else.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// <c>country</c>, <c>territory</c>, <c>nation</c> (England, Scotland, …), <c>organisation</c>, <c>party</c> (a political
    /// party under the names news gives it: "the Tories" for the Conservative Party, "the GOP"), or <c>region</c>: a
    /// longer name that holds a shorter one of another entity ("North America", "New South Wales"), listed so that the
    /// longest form wins and the shorter is not read inside it.
    /// </summary>
    public required string Kind { get; init; }

    /// <summary>True for the member states of the United Nations.</summary>
    public bool Un { get; init; }

    /// <summary>Short and long names: "UK", "Britain", "United Kingdom".</summary>
    public required IReadOnlyList<string> Names { get; init; }

    public IReadOnlyList<string> Capitals { get; init; } = [];

    /// <summary>Its people and adjectives: "British", "Briton", "Brit".</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>What news writes for its government or institutions: "Downing Street", "No 10", "the Kremlin".</summary>
    public IReadOnlyList<string> StandIns { get; init; } = [];

    /// <summary>
    /// Forms of the lists above that also mean something else ("Sofia", "Washington", "the alliance"): a question
    /// that writes one is read as this entity, but they are never searched for on its behalf, and a capitalised one
    /// counts only when the question capitalises it.
    /// </summary>
    public IReadOnlyList<string> Loose { get; init; } = [];

    /// <summary>
    /// The office its head holds, as news writes it ("secretary general" for Nato, "governor" for the Bank of England):
    /// a question asking for its head, chief, boss or leader is searched for that office too, since news names the
    /// person by the office ("Nato's secretary general, …") and seldom as its head. Null when it has none to tell.
    /// </summary>
    public string? Head { get; init; }

    /// <summary>True when <paramref name="form"/> stands for the government rather than naming the entity.</summary>
    public bool IsStandIn(string form) => Capitals.Contains(form, StringComparer.Ordinal) || StandIns.Contains(form, StringComparer.Ordinal);

    /// <summary>Every form: names, demonyms, capitals and stand-ins.</summary>
    public IEnumerable<string> Forms => Names.Concat(Demonyms).Concat(Capitals).Concat(StandIns);
}
