using System.CommandLine;
using System.Globalization;
using NewsBot.Answering;
using NewsBot.Evaluation;

namespace NewsBot.Hosting;

/// <summary>
/// <c>newsbot train --features rows-a.tsv --features rows-b.tsv … --output LeadModel.json [--held-out dir] [--seed n]</c>:
/// trains the answer-or-decline model (<see cref="LeadTrainer"/>) on the rows <c>eval --features</c> wrote, one file
/// per set. It first leaves each set out in turn (trees and threshold from the other sets) and prints that set's
/// figures beside the hand rules' — the honest ones — then trains on every set and writes the model. With
/// <c>--held-out</c> it also writes each left-out model, to run the real evaluation of a set with the model that never
/// saw it (<c>--Answering:LeadModelPath=…</c>). The same rows and seed give the same file, byte for byte.
/// </summary>
public static class TrainCommand
{
    public const string Verb = "train";

    public static Command Create(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var features = new Option<string[]>("--features") { Description = "A set's training rows from eval --features (repeatable; the file name names the set).", HelpName = "rows.tsv", Required = true };
        var model = new Option<string>("--output") { Description = "Where to write the model trained on every set.", HelpName = "LeadModel.json", Required = true };
        var heldOut = new Option<string>("--held-out") { Description = "A folder to write each leave-one-set-out model to.", HelpName = "dir" };
        var seed = CommandOptions.Positive("--seed", $"The random seed (default {LeadTrainer.DefaultSeed}).", "n");
        var command = new Command(Verb, "Train the answer-or-decline model on eval --features rows, report leave-one-set-out figures, and write it.")
        {
            features, model, heldOut, seed,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var contentRoot = CommandHost.ContentRootOf(parseResult);
            var files = parseResult.GetRequiredValue(features).Select(p => CommandHost.ExistingFile("--features", CommandHost.InputPath(p, contentRoot))).ToList();
            return RunAsync(files, Path.GetFullPath(parseResult.GetRequiredValue(model)), parseResult.GetValue(heldOut), parseResult.GetValue(seed) ?? LeadTrainer.DefaultSeed, output, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(List<string> files, string modelPath, string? heldOutDirectory, int seed, TextWriter output, CancellationToken cancellationToken)
    {
        var rows = files.SelectMany(FeatureRow.Read).ToList();
        var sets = rows.Select(r => r.Set).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rules = LeadTrainer.BySet(LeadTrainer.DecideByRules(rows));
        var lines = new List<string> { $"{"set",-10} {"decision",-16} {"q",4} {"gold",9} {"abst P",7} {"abst R",7} {"right",6}" };
        foreach (var set in sets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var training = rows.Where(r => r.Set != set).ToList();
            var fold = LeadTrainer.Train(training, seed, $"train --seed {seed}, without {set}");
            var figures = LeadTrainer.BySet(LeadTrainer.Decide(fold, rows.Where(r => r.Set == set), fold.Threshold))[set];
            lines.Add(Line(set, "rules", rules[set]));
            lines.Add(Line(set, string.Create(CultureInfo.InvariantCulture, $"held out t={fold.Threshold:F3}"), figures));
            if (heldOutDirectory is not null)
            {
                Directory.CreateDirectory(heldOutDirectory);
                await File.WriteAllTextAsync(Path.Combine(heldOutDirectory, $"LeadModel.without-{set}.json"), fold.ToJson(), cancellationToken).ConfigureAwait(false);
            }
        }

        var trained = LeadTrainer.Train(rows, seed, $"train --seed {seed} over {string.Join(", ", sets)} ({rows.Count} rows); FastTree {LeadTrainer.Trees} trees of {LeadTrainer.Leaves} leaves, learning rate {LeadTrainer.LearningRate}, at least {LeadTrainer.MinLeafRows} rows a leaf, sets weighted equally");
        foreach (var (set, figures) in LeadTrainer.BySet(LeadTrainer.Decide(trained, rows, trained.Threshold)).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            lines.Add(Line(set, string.Create(CultureInfo.InvariantCulture, $"all t={trained.Threshold:F3}"), figures));
        }

        await File.WriteAllTextAsync(modelPath, trained.ToJson() + "\n", cancellationToken).ConfigureAwait(false);
        lines.Add($"model written to {modelPath} ({trained.Trees.Count} trees, threshold {trained.Threshold.ToString("F3", CultureInfo.InvariantCulture)})");
        await output.WriteLineAsync(string.Join(Environment.NewLine, lines)).ConfigureAwait(false);
        return 0;
    }

    private static string Line(string set, string decision, DecisionFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"{set,-10} {decision,-16} {f.Questions,4} {f.AnsweredWithGold,9:F3} {f.AbstentionPrecision,7:F3} {f.AbstentionRecall,7:F3} {f.Accuracy,6:F3}");
}
