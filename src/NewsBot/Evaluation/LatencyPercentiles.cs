namespace NewsBot.Evaluation;

/// <summary>Nearest-rank percentiles of a set of timings, as <see cref="EvaluationMetrics.Percentile"/> computes them.</summary>
public sealed record LatencyPercentiles
{
    public required int Samples { get; init; }

    public required double P50Ms { get; init; }

    public required double P95Ms { get; init; }

    public required double P99Ms { get; init; }

    public static LatencyPercentiles Of(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);

        return new LatencyPercentiles
        {
            Samples = milliseconds.Count,
            P50Ms = EvaluationMetrics.Percentile(milliseconds, 0.5),
            P95Ms = EvaluationMetrics.Percentile(milliseconds, 0.95),
            P99Ms = EvaluationMetrics.Percentile(milliseconds, 0.99),
        };
    }
}
