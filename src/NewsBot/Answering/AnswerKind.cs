namespace NewsBot.Answering;

/// <summary>The kind of answer a question asks for (see <see cref="AnswerType"/>).</summary>
public enum AnswerKind
{
    Other,
    Place,
    Date,
    Person,
    Number,
}
