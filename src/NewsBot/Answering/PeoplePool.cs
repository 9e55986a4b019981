using NewsBot.Ingestion;
using NewsBot.Names;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>
/// The people the articles retrieved for one question describe (<see cref="ArticlePeople"/>), read only when a
/// statement's own article leaves someone undescribed: what the coverage around a statement says of the people it
/// names ("Brannock" is "Norway's fisheries minister" in the other stories of that month).
/// </summary>
public sealed class PeoplePool(IReadOnlyList<Passage> passages)
{
    /// <summary>Only articles published within this many days of the statement's describe its people: offices change hands.</summary>
    public const int MaxDaysApart = 365;

    private readonly Lazy<IReadOnlyList<(DateOnly? Date, string ArticleId, PersonDescription Person)>> _people = new(() => passages
        .Select(p => p.Article)
        .DistinctBy(a => a.Id)
        .SelectMany(a => ArticlePeople.Of(a).People.Select(person => (a.Date, a.Id, person)))
        .ToList());

    /// <summary>What <paramref name="text"/>, of <paramref name="article"/>, refers to that the other articles describe (<see cref="ArticlePeople.Describe(string, IReadOnlyList{PersonDescription})"/>).</summary>
    public string Describe(string text, Article article)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(article);

        var others = _people.Value
            .Where(p => p.ArticleId != article.Id && (p.Date is null || article.Date is null || Math.Abs(p.Date.Value.DayNumber - article.Date.Value.DayNumber) <= MaxDaysApart))
            .Select(p => p.Person)
            .ToList();
        return ArticlePeople.Describe(text, others);
    }
}
