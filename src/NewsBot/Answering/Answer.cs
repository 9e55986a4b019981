namespace NewsBot.Answering;

/// <summary>
/// A reply to a question: text whose every statement ends with a <c>[n]</c> marker, and the citations the markers
/// point to. When the coverage does not answer the question, <see cref="IsAnswered"/> is false and nothing is cited.
/// </summary>
public sealed record Answer
{
    public required string Question { get; init; }

    public required string Text { get; init; }

    public required IReadOnlyList<Citation> Citations { get; init; }

    public required bool IsAnswered { get; init; }

    /// <summary>The value a who/when/where/how-many question asks for, quoted from the lead sentence, when the composer is sure of it.</summary>
    public string? ShortAnswer { get; init; }

    /// <summary>What the bot says when the coverage does not answer (Markdown: it names the <c>help</c> command in bold).</summary>
    public const string NotCoveredText = "The coverage I have doesn't answer that, so I won't guess. Try asking about something the articles report, or type **help** to see what I know.";

    public static Answer NotCovered(string question) => new()
    {
        Question = question,
        Text = NotCoveredText,
        Citations = [],
        IsAnswered = false,
    };
}
