using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using NewsBot.Evaluation;
using NewsBot.Retrieval;

namespace NewsBot.Hosting;

/// <summary>
/// <c>newsbot eval --corpus a.jsonl [--corpus b.jsonl …] --questions q.jsonl [--output report.json] [--data dir] [--limit n]</c>:
/// indexes the corpora (cached under the data directory by content hash), runs every question through the bot's own
/// retrieval and answering, prints the figures and writes them, with the per-question outcomes, as JSON.
/// </summary>
public static class EvalCommand
{
    public const string Verb = "eval";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);

        var contentRoot = ContentRoot.Locate(args);
        var corpora = CommandHost.Values(args, "--corpus").Select(p => CommandHost.InputPath(p, contentRoot)).ToList();
        var questionsPath = CommandHost.Values(args, "--questions").Select(p => CommandHost.InputPath(p, contentRoot)).LastOrDefault();
        if (corpora.Count == 0 || questionsPath is null)
        {
            await Console.Error.WriteLineAsync("usage: NewsBot eval --corpus <articles.jsonl>... --questions <questions.jsonl> [--output <report.json>] [--data <dir>] [--limit <n>]").ConfigureAwait(false);
            return 2;
        }

        var builder = CommandHost.CreateBuilder(CommandHost.Settings(args), contentRoot, LogLevel.Information);
        var dataDirectory = CommandHost.Values(args, "--data").LastOrDefault();
        builder.Services.PostConfigure<CoverageOptions>(o =>
        {
            o.Folders.Clear();
            o.Corpora.Clear();
            corpora.ForEach(o.Corpora.Add);
            o.DataDirectory = Path.GetFullPath(dataDirectory ?? Path.Combine(o.DataDirectory, "eval", SetName(corpora)));
        });

        using var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        var limit = int.TryParse(CommandHost.Values(args, "--limit").LastOrDefault(), CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
        var questions = (await EvaluationSet.ReadAsync(questionsPath, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false)).Take(limit).ToList();
        var evaluator = new Evaluator(host.Services.GetRequiredService<CoverageLibrary>(), host.Services.GetRequiredService<Kernel>());
        var outcomes = new List<QuestionOutcome>(questions.Count);
        await foreach (var outcome in evaluator.RunAsync(questions, cancellationToken).ConfigureAwait(false))
        {
            outcomes.Add(outcome);
            if (outcomes.Count % 50 == 0)
            {
                await Console.Error.WriteLineAsync($"  {outcomes.Count}/{questions.Count} questions").ConfigureAwait(false);
            }
        }

        var report = EvaluationMetrics.Summarize(outcomes);
        await output.WriteLineAsync(Format(Path.GetFileName(questionsPath), report)).ConfigureAwait(false);
        var outputPath = CommandHost.Values(args, "--output").LastOrDefault()
            ?? Path.Combine(host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CoverageOptions>>().Value.DataDirectory, SetName([questionsPath]) + ".report.json");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        await File.WriteAllTextAsync(outputPath, JsonSerializer.Serialize(new { questions = questionsPath, corpora, report, outcomes }, CommandHost.ReportJson), cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"report written to {outputPath}").ConfigureAwait(false);
        await host.StopAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    internal static string Format(string name, EvaluationReport r) => Overall(name, r) + string.Concat(r.ByKind.Select(k => Environment.NewLine + ByKind(k.Key, k.Value)));

    private static string ByKind(string kind, EvaluationReport r) => string.Create(CultureInfo.InvariantCulture,
        $"  {kind,-12} {r.Questions,3} q   support@5 {r.SupportAt5:F2}   answered with gold {r.AnsweredWithGold:F2}   abstention recall {r.AbstentionRecall:F2}   short answers {r.ShortAnswers} right {r.ShortAnswerPrecision:F2}");

    private static string Overall(string name, EvaluationReport r) => string.Create(CultureInfo.InvariantCulture, $"""
        {name}: {r.Questions} questions ({r.Answerable} answerable, {r.Impossible} unanswerable)
          support@1 {r.SupportAt1:F3}   support@5 {r.SupportAt5:F3}   support@10 {r.SupportAt10:F3}   MRR@10 {r.MrrAt10:F3}
          answered with gold cited {r.AnsweredWithGold:F3}   answer-triggering F1 {r.AnswerTriggeringF1:F3}
          abstention precision {r.AbstentionPrecision:F3}   recall {r.AbstentionRecall:F3}
          citation integrity {r.CitationIntegrity:P1}   median citations when answered {r.MedianCitationsWhenAnswered}   median answer {r.MedianAnswerChars} chars   longest quote {r.LongestQuoteChars} chars
          short answers {r.ShortAnswers}, right {r.ShortAnswerPrecision:F3}
          retrieval p50 {r.RetrievalP50Ms:F1} ms  p95 {r.RetrievalP95Ms:F1} ms  p99 {r.RetrievalP99Ms:F1} ms   answer p50 {r.AnswerP50Ms:F1} ms  p95 {r.AnswerP95Ms:F1} ms  p99 {r.AnswerP99Ms:F1} ms
        """);

    /// <summary>"squad2-dev-500-articles-1a2b3c4d": readable, and distinct for each set of files.</summary>
    private static string SetName(List<string> paths)
    {
        var first = paths[0];
        var readable = $"{Path.GetFileName(Path.GetDirectoryName(first))}-{Path.GetFileNameWithoutExtension(first)}";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', paths))))[..8];
        return $"{readable}-{hash}";
    }
}
