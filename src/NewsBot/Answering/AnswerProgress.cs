namespace NewsBot.Answering;

/// <summary>
/// What an answer being composed already holds of what its question asks: the question's content words it has quoted
/// (<see cref="ContentWords.Of"/>), and whether it has given a value of the kind asked for (a new date for a when
/// question, a figure for a how-many question, a name or place for a who or where question, a stated reason for a why
/// question). A sentence adds to the answer when it brings a question word the answer lacks or, while the answer has no
/// value of the asked kind, one.
/// </summary>
public sealed class AnswerProgress(string question)
{
    private readonly AnswerKind _kind = AnswerType.Expected(question);
    private readonly AskedReason _reason = AskedReason.Of(question);
    private readonly IReadOnlySet<string> _questionWords = ContentWords.Of(question);
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);
    private bool _holdsValue;

    /// <summary>True when <paramref name="sentence"/> brings something the question asks that the answer lacks.</summary>
    public bool IsAddedBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return ContentWords.Of(sentence).Any(w => _questionWords.Contains(w) && !_held.Contains(w)) || (!_holdsValue && OffersValue(sentence));
    }

    /// <summary>Counts <paramref name="sentence"/> as part of the answer.</summary>
    public void Add(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        _held.UnionWith(ContentWords.Of(sentence).Where(_questionWords.Contains));
        _holdsValue |= OffersValue(sentence);
    }

    /// <summary>False when a when or how-many question meets text without a date or figure of its own (<see cref="AnswerType.Offers"/>).</summary>
    public bool CanAnswer(string text) => AnswerType.Offers(_kind, text, question);

    /// <summary>A copy to try a statement on before it is taken.</summary>
    public AnswerProgress Copy()
    {
        var copy = new AnswerProgress(question) { _holdsValue = _holdsValue };
        copy._held.UnionWith(_held);
        return copy;
    }

    /// <summary>Takes what <paramref name="other"/>, a copy of this one, has added since.</summary>
    public void Take(AnswerProgress other)
    {
        ArgumentNullException.ThrowIfNull(other);

        _held.UnionWith(other._held);
        _holdsValue |= other._holdsValue;
    }

    private bool OffersValue(string sentence) => _kind switch
    {
        AnswerKind.Other => _reason.IsAsked && _reason.HeldBy(sentence),
        AnswerKind.Date or AnswerKind.Number => AnswerType.Offers(_kind, sentence, question),
        _ => AnswerType.Holds(_kind, sentence),
    };
}
