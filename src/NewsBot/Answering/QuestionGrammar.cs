namespace NewsBot.Answering;

/// <summary>The words questions are built from, shared by the patterns that read how a question is put.</summary>
internal static class QuestionGrammar
{
    /// <summary>The words that open an ask, as a regular-expression alternation.</summary>
    public const string WhWords = "what|which|who|whom|whose|where|when|why|how";
}
