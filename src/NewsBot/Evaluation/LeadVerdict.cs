using System.Text.Json.Serialization;
using NewsBot.Answering;

namespace NewsBot.Evaluation;

/// <summary>How the hand rules judged one lead candidate of a question: which rule declines or admits it.</summary>
public sealed record LeadVerdict
{
    /// <summary>1-based rank among the retrieved passages.</summary>
    public required int Rank { get; init; }

    /// <summary>The first rule the candidate fails; <see cref="LeadCheck.None"/> when it may lead.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<LeadCheck>))]
    public required LeadCheck Check { get; init; }

    /// <summary>Its evidence (<see cref="ExtractiveComposer.Evidence"/>).</summary>
    public required double Evidence { get; init; }

    public required double Coverage { get; init; }

    public required double Similarity { get; init; }

    /// <summary>The candidate sentence, for reading why.</summary>
    public required string Text { get; init; }

    /// <summary>The candidate supports a gold answer.</summary>
    public required bool Supports { get; init; }
}
