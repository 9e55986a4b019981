namespace NewsBot.Dates;

/// <summary>The names of the months and weekdays, as news writes them: capitalised, yet naming nobody.</summary>
public static class CalendarNames
{
    public static IReadOnlyList<string> Months { get; } =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static IReadOnlyList<string> Weekdays { get; } = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
}
