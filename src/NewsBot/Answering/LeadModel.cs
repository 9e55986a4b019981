using System.Text.Json;
using NewsBot.Learning;
using NewsBot.Text;

namespace NewsBot.Answering;

/// <summary>
/// The learned answer-or-decline decision: a boosted tree ensemble over <see cref="LeadFeatures"/>, trained by the
/// <c>train</c> verb (ML.NET FastTree) and exported as plain data, so the bot evaluates it without ML.NET.
/// <para>
/// s(x) = b + Σₖ wₖ · leafₖ(x), where each tree walks from its root to the left child when x[feature] ≤ threshold and to
/// the right otherwise; P(lead is a gold sentence | x) = 1 / (1 + exp(A · s + B)) (Platt). The composer keeps the hand
/// rules' lead only if its P ≥ <see cref="Threshold"/>, which was chosen on the training sets only.
/// </para>
/// </summary>
public sealed record LeadModel
{
    /// <summary>The embedded model, <c>Answering/LeadModel.json</c>.</summary>
    public const string ResourceName = "NewsBot.Answering.LeadModel.json";

    internal static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    /// <summary>The features the trees read, by name (a subset of <see cref="LeadFeatures.Names"/>); a tree's feature i is the i-th of these.</summary>
    public required IReadOnlyList<string> Features { get; init; }

    public required double Bias { get; init; }

    /// <summary>Platt's A.</summary>
    public required double PlattSlope { get; init; }

    /// <summary>Platt's B.</summary>
    public required double PlattOffset { get; init; }

    /// <summary>The least probability on which the coverage is taken to answer.</summary>
    public required double Threshold { get; init; }

    public required IReadOnlyList<BoostedTree> Trees { get; init; }

    /// <summary>How the model was made (the command, the seed, the sets and the held-out figures), for the reader.</summary>
    public string? Provenance { get; init; }

    /// <summary>The probability that the candidate described by <paramref name="features"/> is a gold sentence.</summary>
    public double Probability(LeadFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);

        return Probability(features.ToVector());
    }

    /// <summary>The probability for a candidate's whole vector (<see cref="LeadFeatures.ToVector"/>).</summary>
    public double Probability(ReadOnlySpan<float> all)
    {
        Span<float> x = stackalloc float[Features.Count];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = all[LeadFeatures.IndexOf(Features[i])];
        }

        return 1 / (1 + Math.Exp((PlattSlope * Score(x)) + PlattOffset));
    }

    /// <summary>The ensemble's raw score s(x).</summary>
    public double Score(ReadOnlySpan<float> x)
    {
        var score = Bias;
        foreach (var tree in Trees)
        {
            score += tree.Weight * tree.Leaf(x);
        }

        return score;
    }

    /// <summary>True when the candidate is likely enough to be right to answer with: P ≥ <see cref="Threshold"/>.</summary>
    public bool Holds(LeadFeatures features) => Probability(features) >= Threshold;

    /// <summary>The embedded model.</summary>
    public static LeadModel Default => Embedded.Value;

    private static readonly Lazy<LeadModel> Embedded = new(() =>
    {
        using var stream = EmbeddedText.Open(ResourceName);
        return Read(stream);
    });

    public static LeadModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    private static LeadModel Read(Stream stream)
    {
        var model = JsonSerializer.Deserialize<LeadModel>(stream, Json) ?? throw new InvalidDataException("The lead model is empty.");
        if (model.Features.Except(LeadFeatures.Names, StringComparer.Ordinal).ToList() is { Count: > 0 } unknown)
        {
            throw new InvalidDataException($"The lead model reads features the composer no longer computes ({string.Join(", ", unknown)}); retrain it.");
        }

        for (var t = 0; t < model.Trees.Count; t++)
        {
            if ((model.Trees[t] is null ? "it is missing" : model.Trees[t].Fault(model.Features.Count)) is { } fault)
            {
                throw new InvalidDataException($"The lead model's tree {t} is malformed: {fault}.");
            }
        }

        return model;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
