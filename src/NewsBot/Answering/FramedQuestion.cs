namespace NewsBot.Answering;

/// <summary>A question split by <see cref="QuestionFraming.Frame"/>: what it asks, where that sits in it, and the frame it is put in.</summary>
public sealed record FramedQuestion
{
    /// <summary>What the question asks, exactly as the question writes it.</summary>
    public required string Ask { get; init; }

    /// <summary>Where <see cref="Ask"/> starts in the question.</summary>
    public required int AskStart { get; init; }

    /// <summary>The attribution or piece the question refers to ("according to reports"); empty when it has none.</summary>
    public required string Frame { get; init; }
}
