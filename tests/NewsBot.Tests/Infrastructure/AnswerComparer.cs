using NewsBot.Answering;

namespace NewsBot.Tests.Infrastructure;

/// <summary>Answers are equal when their text, verdict and citations are (records compare lists by reference).</summary>
internal sealed class AnswerComparer : IEqualityComparer<Answer>
{
    public static AnswerComparer Instance { get; } = new();

    public bool Equals(Answer? x, Answer? y) =>
        x is not null && y is not null && x.Question == y.Question && x.Text == y.Text && x.IsAnswered == y.IsAnswered && x.Citations.SequenceEqual(y.Citations);

    public int GetHashCode(Answer obj) => obj.Text.GetHashCode(StringComparison.Ordinal);
}
