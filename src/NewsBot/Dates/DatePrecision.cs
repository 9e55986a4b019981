namespace NewsBot.Dates;

/// <summary>How much time a <see cref="DateMention"/> covers.</summary>
public enum DatePrecision
{
    /// <summary>One calendar day: "December 17, 2021", "yesterday", "on Sunday".</summary>
    Day,

    /// <summary>A Monday–Sunday week: "last week", "this week".</summary>
    Week,

    /// <summary>A whole calendar month: "December", "January 2022", "last month".</summary>
    Month,

    /// <summary>A whole calendar year: "in 2021", "last year".</summary>
    Year,

    /// <summary>Any other span of days: "mid-December", "January 10-12", "the weekend", "early 2022".</summary>
    Range,
}
