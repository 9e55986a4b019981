using System.Globalization;

namespace NewsBot.Evaluation;

/// <summary>One lead candidate of one question, as <see cref="FeatureRows"/> writes it, tagged with its set.</summary>
public sealed record FeatureRow
{
    public required string Set { get; init; }

    public required string QuestionId { get; init; }

    public required bool Impossible { get; init; }

    public required string Kind { get; init; }

    public required int Rank { get; init; }

    /// <summary>The candidate is a gold sentence of an answerable question.</summary>
    public required bool Label { get; init; }

    /// <summary>The hand rules lead with this candidate.</summary>
    public required bool RulesLead { get; init; }

    /// <summary>The bot's answer to the question cited a gold sentence.</summary>
    public required bool AnswerGold { get; init; }

    public required float[] Features { get; init; }

    /// <summary>Reads a feature file; the set is named by the file's name ("rows-squad.tsv" → "squad").</summary>
    public static IReadOnlyList<FeatureRow> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        var set = Path.GetFileNameWithoutExtension(path);
        set = set.StartsWith("rows-", StringComparison.Ordinal) ? set[5..] : set;
        var lines = File.ReadAllLines(path);
        var expected = FeatureRows.HeaderLine;
        if (lines.Length == 0 || !string.Equals(lines[0], expected, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: the header is not that of this build's features ({expected}); dump the rows again with eval --features.");
        }

        return lines.Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var f = line.Split('\t');
            return new FeatureRow
            {
                Set = set,
                QuestionId = f[0],
                Impossible = f[1] == "1",
                Kind = f[2],
                Rank = int.Parse(f[3], CultureInfo.InvariantCulture),
                Label = f[4] == "1",
                RulesLead = f[5] == "1",
                AnswerGold = f[6] == "1",
                Features = f.Skip(7).Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray(),
            };
        }).ToList();
    }
}
