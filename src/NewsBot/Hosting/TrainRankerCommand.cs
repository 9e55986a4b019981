using System.CommandLine;
using System.Globalization;
using NewsBot.Evaluation;
using NewsBot.Ranking;

namespace NewsBot.Hosting;

/// <summary>
/// <c>newsbot train-ranker --ranks ranks-a.tsv --ranks ranks-b.tsv … --output RankModel.json [--held-out dir] [--seed n]</c>:
/// trains the re-ranker (<see cref="RankTrainer"/>) on the rows <c>eval --rank-features</c> wrote, one file per set.
/// It first leaves each set out in turn and prints that set's support@1/5/10 in the fused order and in the model's
/// order (the honest figures), then trains on every set and writes the model; with <c>--held-out</c> it also writes
/// each left-out model, for a real evaluation of a set with the model that never saw it
/// (<c>--Retrieval:Reranker=true --Retrieval:RerankerModelPath=…</c>). The same rows and seed give the same file, byte for byte.
/// </summary>
public static class TrainRankerCommand
{
    public const string Verb = "train-ranker";

    public static Command Create(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var ranks = new Option<string[]>("--ranks") { Description = "A set's rows from eval --rank-features (repeatable; the file name names the set).", HelpName = "ranks.tsv", Required = true };
        var model = new Option<string>("--output") { Description = "Where to write the model trained on every set.", HelpName = "RankModel.json", Required = true };
        var heldOut = new Option<string>("--held-out") { Description = "A folder to write each leave-one-set-out model to.", HelpName = "dir" };
        var seed = CommandOptions.Positive("--seed", $"The random seed (default {RankTrainer.DefaultSeed}).", "n");
        var trees = CommandOptions.Positive("--trees", "How many trees.", "n");
        var leaves = CommandOptions.Positive("--leaves", "Leaves a tree.", "n");
        var minLeaf = CommandOptions.Positive("--min-leaf", "Rows a leaf at least.", "n");
        var drop = new Option<string[]>("--drop") { Description = "A feature the model does not read besides those left out by default (repeatable).", HelpName = "name" };
        var all = new Option<bool>("--all-features") { Description = "Read every feature, also those left out by default (length, position, ordinal, role, the searches' ranks)." };
        var command = new Command(Verb, "Train the re-ranker on eval --rank-features rows, report leave-one-set-out support@k, and write it.")
        {
            ranks, model, heldOut, seed, trees, leaves, minLeaf, drop, all,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var contentRoot = CommandHost.ContentRootOf(parseResult);
            var files = parseResult.GetRequiredValue(ranks).Select(p => CommandHost.ExistingFile("--ranks", CommandHost.InputPath(p, contentRoot))).ToList();
            var defaults = new RankTrainer.Shape();
            var shape = new RankTrainer.Shape
            {
                Trees = parseResult.GetValue(trees) ?? defaults.Trees,
                Leaves = parseResult.GetValue(leaves) ?? defaults.Leaves,
                MinLeafRows = parseResult.GetValue(minLeaf) ?? defaults.MinLeafRows,
            };
            var dropped = parseResult.GetValue(drop) ?? [];
            var features = (parseResult.GetValue(all) ? RankFeatures.Names : RankTrainer.ModelFeatures).Where(n => !dropped.Contains(n, StringComparer.Ordinal)).ToList();
            return RunAsync(files, Path.GetFullPath(parseResult.GetRequiredValue(model)), parseResult.GetValue(heldOut), parseResult.GetValue(seed) ?? RankTrainer.DefaultSeed, shape, features, output, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(List<string> files, string modelPath, string? heldOutDirectory, int seed, RankTrainer.Shape shape, List<string> features, TextWriter output, CancellationToken cancellationToken)
    {
        var rows = files.SelectMany(RankRow.Read).ToList();
        var sets = rows.Select(r => r.Set).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var lines = new List<string> { $"{"set",-10} {"model",-10} {"q",4}   support@1 before -> after   support@5   support@10" };
        foreach (var set in sets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fold = RankTrainer.Train(rows.Where(r => r.Set != set).ToList(), shape, features, seed, $"train-ranker --seed {seed}, without {set}; {shape}");
            var ranked = RankTrainer.Ranks(fold, rows.Where(r => r.Set == set)).ToList();
            lines.Add(Line(set, "held out", ranked));
            lines.AddRange(ranked.Where(r => r.Kind.Length > 0).GroupBy(r => r.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Line($"  {g.Key}", "held out", g.ToList())));
            if (heldOutDirectory is not null)
            {
                Directory.CreateDirectory(heldOutDirectory);
                await File.WriteAllTextAsync(Path.Combine(heldOutDirectory, $"RankModel.without-{set}.json"), fold.ToJson() + "\n", cancellationToken).ConfigureAwait(false);
            }
        }

        var trained = RankTrainer.Train(rows, shape, features, seed, $"train-ranker --seed {seed} over {string.Join(", ", sets)} ({rows.Count} rows); FastTree LambdaRank, {shape}; the fused first {Reranker.DefaultKeep} kept");
        foreach (var set in sets)
        {
            lines.Add(Line(set, "all (in)", RankTrainer.Ranks(trained, rows.Where(r => r.Set == set)).ToList()));
        }

        await File.WriteAllTextAsync(modelPath, trained.ToJson() + "\n", cancellationToken).ConfigureAwait(false);
        lines.Add($"model written to {modelPath} ({trained.Trees.Count} trees over {features.Count} features)");
        await output.WriteLineAsync(string.Join(Environment.NewLine, lines)).ConfigureAwait(false);
        return 0;
    }

    private static string Line(string set, string model, List<(string Set, string Kind, int? Before, int? After)> ranks)
    {
        double At(int k, Func<(string Set, string Kind, int? Before, int? After), int?> rank) => ranks.Count == 0 ? double.NaN : (double)ranks.Count(r => rank(r) < k) / ranks.Count;
        return string.Create(CultureInfo.InvariantCulture,
            $"{set,-10} {model,-10} {ranks.Count,4}   {At(1, r => r.Before):F3} -> {At(1, r => r.After):F3}   {At(5, r => r.Before):F3} -> {At(5, r => r.After):F3}   {At(10, r => r.Before):F3} -> {At(10, r => r.After):F3}");
    }
}
