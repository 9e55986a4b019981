using System.ComponentModel.DataAnnotations;

namespace NewsBot.Answering;

/// <summary>How answers are composed from retrieved sentences.</summary>
public sealed class AnsweringOptions : IValidatableObject
{
    public const string SectionName = "Answering";

    /// <summary>How many ranked sentences retrieval hands to the composer.</summary>
    [Range(1, 200)]
    public int CandidateCount { get; set; } = 20;

    /// <summary>At most this many independently retrieved statements lead an answer (continuations come on top).</summary>
    [Range(1, 10)]
    public int MaxStatements { get; set; } = 3;

    /// <summary>At most this many sentences are cited in one answer.</summary>
    [Range(1, 20)]
    public int MaxCitations { get; set; } = 6;

    /// <summary>The least evidence (see <see cref="ExtractiveComposer.Evidence"/>) a sentence needs to count as an answer.</summary>
    [Range(0.0, 3.0)]
    public double MinEvidence { get; set; } = 0.5;

    /// <summary>Who decides whether the coverage answers and which candidate leads: the learned model or the hand rules.</summary>
    public LeadDecision Decision { get; set; } = LeadDecision.Rules;

    /// <summary>A lead model file (from the <c>train</c> verb) to use instead of the embedded one; empty for the embedded one.</summary>
    public string? LeadModelPath { get; set; }

    /// <summary>When the coverage does not answer, its best sentence is still offered, labelled as related, if it has this much evidence.</summary>
    [Range(0.0, 3.0)]
    public double RelatedEvidence { get; set; } = 0.3;

    /// <summary>Evidence added when a sentence holds the kind of answer asked for (a place for "where", …).</summary>
    [Range(0.0, 1.0)]
    public double AnswerTypeBonus { get; set; } = 0.15;

    /// <summary>Evidence added when the sentence's date falls inside the date the question names.</summary>
    [Range(0.0, 1.0)]
    public double DateMatchBonus { get; set; } = 0.3;

    /// <summary>Cosine similarity below which the embedding adds no evidence.</summary>
    [Range(0.0, 1.0)]
    public double SimilarityFloor { get; set; } = 0.6;

    /// <summary>Evidence per unit of cosine similarity above the floor.</summary>
    [Range(0.0, 10.0)]
    public double SimilarityWeight { get; set; } = 1.5;

    /// <summary>
    /// Per kind of answer, whether a bold short answer is shown and how sure the lead must be (a kind not listed gets
    /// none). Decided by measurement on newsdesk-dev and squad2-dev-500 together (docs/EVALUATION.md): a kind is shown
    /// only where its short answers were right at least 90 % of the time at these thresholds. Dates at coverage ≥ 0.8
    /// were right 5 of 5 (at any coverage 12 of 17); figures at coverage and similarity ≥ 0.8 4 of 4 (at any, 14 of 24);
    /// places 2 of 6 and names (recognised by capitals alone) too rarely right, so neither is shown.
    /// </summary>
    public Dictionary<AnswerKind, ShortAnswerGate> ShortAnswers { get; set; } = new()
    {
        [AnswerKind.Date] = new() { Show = true, MinCoverage = 0.8, MinSimilarity = 0 },
        [AnswerKind.Number] = new() { Show = true, MinCoverage = 0.8, MinSimilarity = 0.8 },
        [AnswerKind.Place] = new() { Show = false, MinCoverage = 0.8, MinSimilarity = 0.8 },
        [AnswerKind.Person] = new() { Show = false, MinCoverage = 0.8, MinSimilarity = 0.8 },
    };

    /// <summary>A further statement joins the answer only if its score is at least this fraction of the best one's.</summary>
    [Range(0.0, 1.0)]
    public double RelativeScore { get; set; } = 0.6;

    /// <summary>At most this many follow-up questions are suggested after an answer; 0 turns suggestions off.</summary>
    [Range(0, 5)]
    public int MaxSuggestions { get; set; } = 3;

    /// <summary>At most this many candidate follow-ups are tried (each is answered once to check the coverage has it).</summary>
    [Range(0, 30)]
    public int MaxSuggestionAttempts { get; set; } = 8;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (kind, gate) in ShortAnswers)
        {
            if (gate is null || gate.MinCoverage is < 0 or > 1 || gate.MinSimilarity is < 0 or > 1)
            {
                yield return new ValidationResult($"Answering:ShortAnswers:{kind} needs MinCoverage and MinSimilarity between 0 and 1.", [nameof(ShortAnswers)]);
            }
        }
    }

    /// <summary>These options, answering with at most <paramref name="maxStatements"/> statements (one part of a question asked in parts).</summary>
    public AnsweringOptions WithMaxStatements(int maxStatements)
    {
        var copy = (AnsweringOptions)MemberwiseClone();
        copy.MaxStatements = maxStatements;
        return copy;
    }
}
