namespace NewsBot.Retrieval;

/// <summary>
/// News writes capitals for their governments: "Moscow's demands" are Russia's, "Kyiv said" is Ukraine. A question
/// term that is such a capital also matches its country (analysed forms, as the index holds them), at a lower weight
/// in ranking and as the same term when measuring a sentence's coverage of the question.
/// </summary>
public static class Metonyms
{
    private static readonly Dictionary<string, string[]> Alternatives = new(StringComparer.Ordinal)
    {
        ["moscow"] = ["russia", "russian", "kremlin"],
        ["kremlin"] = ["russia", "russian", "moscow"],
        ["kyiv"] = ["ukrain", "ukrainian", "kiev"],
        ["kiev"] = ["ukrain", "ukrainian", "kyiv"],
        ["washington"] = ["usa", "american"],
        ["beij"] = ["china", "chines"],
        ["london"] = ["britain", "british", "uk"],
        ["pari"] = ["franc", "french"],
        ["berlin"] = ["germani", "german"],
        ["minsk"] = ["belaru", "belarusian"],
        ["brussel"] = ["nato", "eu"],
    };

    /// <summary>The analysed terms that stand for <paramref name="term"/>; empty for most terms.</summary>
    public static IReadOnlyList<string> Of(string term) => Alternatives.GetValueOrDefault(term) ?? [];
}
