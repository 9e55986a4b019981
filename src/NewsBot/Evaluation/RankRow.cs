using System.Globalization;

namespace NewsBot.Evaluation;

/// <summary>One pool sentence of one question, as <see cref="RankRows"/> writes it, tagged with its set.</summary>
public sealed record RankRow
{
    public required string Set { get; init; }

    public required string QuestionId { get; init; }

    public required bool Impossible { get; init; }

    public required string Kind { get; init; }

    /// <summary>Zero-based position in the fused order.</summary>
    public required int Candidate { get; init; }

    /// <summary>The sentence is a gold sentence of an answerable question.</summary>
    public required bool Label { get; init; }

    public required float[] Features { get; init; }

    /// <summary>
    /// Reads a rows file; the set is named by the file's name ("ranks-squad.tsv" → "squad"). A question id the file
    /// holds twice (a set may repeat one for two questions) names each pool apart: the second is "id#2".
    /// </summary>
    public static IReadOnlyList<RankRow> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        var set = Path.GetFileNameWithoutExtension(path);
        set = set.StartsWith("ranks-", StringComparison.Ordinal) ? set[6..] : set;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !string.Equals(lines[0], RankRows.HeaderLine, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: the header is not that of this build's rank features ({RankRows.HeaderLine}); dump the rows again with eval --rank-features.");
        }

        var pools = new Dictionary<string, int>(StringComparer.Ordinal);
        return lines.Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var f = line.Split('\t');
            var candidate = int.Parse(f[3], CultureInfo.InvariantCulture);
            var seen = candidate == 0 ? pools[f[0]] = pools.GetValueOrDefault(f[0]) + 1 : pools.GetValueOrDefault(f[0], 1);
            return new RankRow
            {
                Set = set,
                QuestionId = seen > 1 ? $"{f[0]}#{seen}" : f[0],
                Impossible = f[1] == "1",
                Kind = f[2],
                Candidate = candidate,
                Label = f[4] == "1",
                Features = f.Skip(5).Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray(),
            };
        }).ToList();
    }
}
