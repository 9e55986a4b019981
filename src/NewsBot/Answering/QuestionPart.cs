namespace NewsBot.Answering;

/// <summary>
/// One ask of a question asked in parts (<see cref="QuestionParts"/>), with what it refers back to: the names of the
/// first part, or a leading part that asks nothing, which the ask shares with the other parts.
/// </summary>
public sealed record QuestionPart
{
    /// <summary>The ask as a question of its own ("which company built it?"); it is composed for, and its own names are its premises.</summary>
    public required string Ask { get; init; }

    /// <summary>What the ask refers back to ("Kerch Bridge"); empty when it refers to nothing outside itself.</summary>
    public string Background { get; init; } = string.Empty;

    /// <summary>
    /// The subject a referring word of the ask ("it", "the unit", "the group") stands for, searched with the ask at full
    /// weight ("Kerch Bridge"); empty when the ask refers to nothing or is the first part.
    /// </summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>
    /// True when the ask refers to the first part's answer ("which towns does that company have shops in?" after "which
    /// firm took over the bakery?"), so the names that answer brings are searched with it.
    /// </summary>
    public bool RefersToAnswer { get; init; }

    /// <summary>
    /// What the part is searched for: its ask with the subject its referring word stands for, without the word that
    /// names the dimension of a measure it asks ("how big", "how quickly"), which the sentence stating the measure
    /// never repeats ("a basin of 2 kilometres by 900 metres", "at the barn in eight minutes").
    /// </summary>
    public string Query => QuestionParts.WithoutDimension(Subject.Length == 0 ? Core : $"{Core.TrimEnd('?')} {Subject}?");

    /// <summary>
    /// The ask without a relative clause that only identifies what it asks about ("When was the charity that runs
    /// the night shelter founded?" → "When was the charity founded?"): the answering sentence names the thing
    /// instead ("Hearthside Trust was set up in 1988"), so the clause is searched as background and its names are no premise.
    /// The part is composed for this.
    /// </summary>
    public string Core => QuestionParts.Identifying(Ask).Core;

    /// <summary>What the part is read against at a lower weight: its background and the clause that identifies its subject.</summary>
    public string SearchBackground => string.Join(' ', new[] { Background, QuestionParts.Identifying(Ask).Clause }.Where(s => s.Length > 0));

    /// <summary>The ask with its background, as one question ("which company built it (Kerch Bridge)?").</summary>
    public override string ToString() => Background.Length == 0 ? Ask : $"{Ask.TrimEnd('?')} ({Background})?";
}
