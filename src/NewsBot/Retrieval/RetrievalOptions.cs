using System.ComponentModel.DataAnnotations;

namespace NewsBot.Retrieval;

/// <summary>How keyword and vector rankings are fused (see <see cref="RankFusion"/>).</summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>How deep each ranking is read before fusion.</summary>
    [Range(10, 1000)]
    public int Depth { get; set; } = 100;

    [Range(0.0, 10.0)]
    public double KeywordWeight { get; set; } = 1.0;

    [Range(0.0, 10.0)]
    public double VectorWeight { get; set; } = 1.0;

    /// <summary>The k of reciprocal-rank fusion.</summary>
    [Range(1.0, 1000.0)]
    public double FusionK { get; set; } = RankFusion.DefaultK;
}
