namespace NewsBot.Dates;

/// <summary>
/// A date expression found in a question or an article, located exactly in its text
/// (<c>text.Substring(Start, Length) == Text</c>), with the inclusive day range it refers to.
/// </summary>
/// <remarks>
/// <see cref="From"/>/<see cref="To"/> are null when the range cannot be known without a reference date:
/// a month and day without a year ("December 17") or a relative expression ("yesterday") recognized with no reference.
/// <see cref="Month"/> and <see cref="Day"/> keep what the text names, so such mentions can still be compared by calendar day.
/// </remarks>
public sealed record DateMention
{
    /// <summary>The matched text, e.g. <c>Dec. 17th</c>, <c>mid-December</c>, <c>last week</c>.</summary>
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int Length { get; init; }

    public required DatePrecision Precision { get; init; }

    /// <summary>First day of the range, inclusive; null when unresolved.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of the range, inclusive (equal to <see cref="From"/> for a single day); null when unresolved.</summary>
    public DateOnly? To { get; init; }

    /// <summary>True when the text states the year; false when it was inferred from the reference date or is unknown.</summary>
    public bool IsYearExplicit { get; init; }

    /// <summary>The calendar month the text names (1–12), if it names one.</summary>
    public int? Month { get; init; }

    /// <summary>The day of month the text names, if it names a single day.</summary>
    public int? Day { get; init; }

    public int End => Start + Length;

    public bool IsResolved => From is not null && To is not null;
}
