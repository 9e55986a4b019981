namespace NewsBot.Answering;

/// <summary>The finer kind of a figure, asked for or stated (see <see cref="AskedValue"/> and <see cref="StatedValues"/>).</summary>
public enum ValueKind
{
    /// <summary>A question that asks for no particular kind of figure.</summary>
    None,

    /// <summary>A number of people or things: "14", "three ministers", "dozens".</summary>
    Count,

    /// <summary>A size with a unit: "300 metres", "30 days", "5 tonnes".</summary>
    Measure,

    /// <summary>An amount of money: "$40m", "£5,000", "2 million euros".</summary>
    Money,

    /// <summary>A calendar year standing alone, or a figure of a date: "in 2003", "on 3 March".</summary>
    Year,

    /// <summary>A multiple or ratio: "8.5 times", "threefold", "3 to 1".</summary>
    Multiple,

    /// <summary>A share: "12%", "40 per cent".</summary>
    Percent,

    /// <summary>A time of day: "at 9.30pm", "shortly before midnight", "on Friday evening".</summary>
    Clock,

    /// <summary>An exchange rate against a named currency: "1,893 to the US dollar".</summary>
    Rate,

    /// <summary>A place in a ranking: "ranked 14th", "the world number five", "No 1", "in the top 10".</summary>
    Rank,
}
