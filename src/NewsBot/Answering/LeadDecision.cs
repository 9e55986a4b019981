namespace NewsBot.Answering;

/// <summary>How the composer decides whether the coverage answers (see <see cref="AnsweringOptions.Decision"/>).</summary>
public enum LeadDecision
{
    /// <summary>The first of the best few candidates with evidence ≥ MinEvidence that holds the question's premises leads.</summary>
    Rules,

    /// <summary>As <see cref="Rules"/>, and the lead must also be likely right by <see cref="LeadModel"/> (P ≥ its threshold), or the bot declines.</summary>
    Model,
}
