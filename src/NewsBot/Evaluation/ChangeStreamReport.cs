namespace NewsBot.Evaluation;

/// <summary>
/// What <c>bench --changes N</c> measured: articles changed one at a time while the questions ran again, each change's
/// time until a question about its new sentence finds it, and memory and question latency with and without the stream.
/// </summary>
public sealed record ChangeStreamReport
{
    public required int Changes { get; init; }

    /// <summary>From handing the changed article to the coverage until a search finds its new sentence.</summary>
    public required LatencyPercentiles ChangeToAnswerable { get; init; }

    /// <summary>The apply alone (write, commit, publish, swap), for the same changes.</summary>
    public required LatencyPercentiles Apply { get; init; }

    /// <summary>Peak resident set while the questions ran without changes (the serving memory).</summary>
    public required double ServingPeakMiB { get; init; }

    /// <summary>Peak resident set while the questions ran and the changes were applied.</summary>
    public required double ChangingPeakMiB { get; init; }

    /// <summary>Answer latency of the same questions while the changes streamed in.</summary>
    public required LatencyPercentiles AnswerWithChanges { get; init; }

    /// <summary>Answer latency of the same questions in the same run, without changes.</summary>
    public required LatencyPercentiles AnswerWithout { get; init; }

    /// <summary>Answer latency of the same questions once the stream has stopped, over the coverage it changed.</summary>
    public required LatencyPercentiles AnswerAfter { get; init; }

    /// <summary>
    /// The process's processor time per question, in ms, without the changes, with them (their applies included), and
    /// after them: what a question costs whatever else the machine runs.
    /// </summary>
    public required double CpuPerQuestionWithoutMs { get; init; }

    public required double CpuPerQuestionWithMs { get; init; }

    public required double CpuPerQuestionAfterMs { get; init; }
}
