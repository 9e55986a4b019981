using System.Text.Json;
using NewsBot.Learning;
using NewsBot.Text;

namespace NewsBot.Ranking;

/// <summary>
/// The learned re-ranker: a boosted tree ensemble over <see cref="RankFeatures"/>, trained by the <c>train-ranker</c>
/// verb (ML.NET FastTree LambdaRank) and exported as plain data, so the bot evaluates it without ML.NET.
/// s(x) = b + Σₖ wₖ · leafₖ(x), each tree walking from its root to the left child when x[feature] ≤ threshold and to
/// the right otherwise; a higher s ranks a sentence higher within its question's pool.
/// </summary>
public sealed record RankModel
{
    /// <summary>The embedded model, <c>Ranking/RankModel.json</c>.</summary>
    public const string ResourceName = "NewsBot.Ranking.RankModel.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    private readonly IReadOnlyList<string> _features = [];

    // Where each of Features sits in the whole vector, found once when Features is set (-1 for a name retrieval does
    // not compute, which Read refuses).
    private readonly int[] _columns = [];

    /// <summary>The features the trees read, by name; a tree's feature i is the i-th of these.</summary>
    public required IReadOnlyList<string> Features
    {
        get => _features;
        init
        {
            _features = value ?? throw new InvalidDataException("The rank model names no features.");
            _columns = value.Select(RankFeatures.Column).ToArray();
        }
    }

    public required double Bias { get; init; }

    public required IReadOnlyList<BoostedTree> Trees { get; init; }

    /// <summary>How the model was made (the command, the seed, the sets), for the reader.</summary>
    public string? Provenance { get; init; }

    /// <summary>The score of a candidate from its whole vector (<see cref="RankFeatures.Names"/>).</summary>
    public double Score(ReadOnlySpan<float> all)
    {
        Span<float> x = stackalloc float[_columns.Length];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = all[_columns[i]];
        }

        var score = Bias;
        foreach (var tree in Trees)
        {
            score += tree.Weight * tree.Leaf(x);
        }

        return score;
    }

    /// <summary>The embedded model.</summary>
    public static RankModel Default => Embedded.Value;

    private static readonly Lazy<RankModel> Embedded = new(() =>
    {
        using var stream = EmbeddedText.Open(ResourceName);
        return Read(stream);
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RankModel> Loaded = new(StringComparer.Ordinal);

    /// <summary>The model at <paramref name="path"/>, read once, or the embedded one when no path is given.</summary>
    public static RankModel For(string? path) => string.IsNullOrEmpty(path) ? Default : Loaded.GetOrAdd(path, Load);

    public static RankModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    public static RankModel Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Read(stream);
    }

    private static RankModel Read(Stream stream)
    {
        var model = JsonSerializer.Deserialize<RankModel>(stream, Json) ?? throw new InvalidDataException("The rank model is empty.");
        if (model.Trees is null || model.Trees.Any(t => t is null))
        {
            throw new InvalidDataException("The rank model's trees are missing.");
        }

        if (model.Features.Except(RankFeatures.Names, StringComparer.Ordinal).ToList() is { Count: > 0 } unknown)
        {
            throw new InvalidDataException($"The rank model reads features retrieval no longer computes ({string.Join(", ", unknown)}); retrain it.");
        }

        if (model.Features.Count != model.Features.Distinct(StringComparer.Ordinal).Count())
        {
            throw new InvalidDataException("The rank model names a feature twice.");
        }

        for (var t = 0; t < model.Trees.Count; t++)
        {
            if (model.Trees[t].Fault(model.Features.Count) is { } fault)
            {
                throw new InvalidDataException($"The rank model's tree {t} is malformed: {fault}.");
            }
        }

        return model;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
