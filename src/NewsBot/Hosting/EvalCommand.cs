using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using NewsBot.Answering;
using NewsBot.Evaluation;
using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Hosting;

/// <summary>
/// <c>newsbot eval --corpus a.jsonl [--corpus b.jsonl …] --questions q.jsonl [--output report.json] [--data dir] [--limit n] [--features rows.tsv] [--rank-features ranks.tsv]</c>:
/// indexes the corpora (cached under the data directory by content hash), runs every question through the bot's own
/// retrieval and answering, prints the figures and writes them, with the per-question outcomes, as JSON.
/// </summary>
public static class EvalCommand
{
    public const string Verb = "eval";

    /// <param name="settings">Settings overrides given on the command line (<c>--Section:Key=value</c>).</param>
    public static Command Create(TextWriter output, string[] settings)
    {
        ArgumentNullException.ThrowIfNull(output);

        var corpora = new Option<string[]>("--corpus") { Description = "A corpus file in JSON Lines (repeatable).", HelpName = "articles.jsonl", Required = true };
        var questions = new Option<string>("--questions") { Description = "The questions, in JSON Lines.", HelpName = "questions.jsonl", Required = true };
        var report = new Option<string>("--output") { Description = "Where to write the JSON report (default: beside the index).", HelpName = "report.json" };
        var data = new Option<string>("--data") { Description = "Where the evaluation index is kept (default: one per set of corpora under the data directory).", HelpName = "dir" };
        var limit = CommandOptions.Positive("--limit", "Ask only the first n questions.", "n");
        var features = new Option<string>("--features") { Description = "Also write the lead model's training rows (one per lead candidate) to this file, for the train verb.", HelpName = "rows.tsv" };
        var ranks = new Option<string>("--rank-features") { Description = "Also write the re-ranker's training rows (one per pool sentence, Retrieval:RerankDepth deep) to this file, for the train-ranker verb.", HelpName = "ranks.tsv" };
        var command = new Command(Verb, "Index the corpora, answer every question through the bot's retrieval and answering, and report the figures.")
        {
            corpora, questions, report, data, limit, features, ranks,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var contentRoot = CommandHost.ContentRootOf(parseResult);
            return RunAsync(
                new Request
                {
                    Corpora = CommandHost.InputPaths(parseResult, corpora, contentRoot),
                    Questions = CommandHost.ExistingInput(parseResult, questions, contentRoot),
                    Output = parseResult.GetValue(report),
                    Data = parseResult.GetValue(data),
                    Limit = parseResult.GetValue(limit) ?? int.MaxValue,
                    Features = parseResult.GetValue(features),
                    RankFeatures = parseResult.GetValue(ranks),
                    Settings = settings,
                    ContentRoot = contentRoot,
                },
                output,
                cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(Request request, TextWriter output, CancellationToken cancellationToken)
    {
        var (corpora, questionsPath) = (request.Corpora, request.Questions);
        var builder = CommandHost.CreateBuilder(request.Settings, request.ContentRoot, LogLevel.Information);
        builder.Services.PostConfigure<CoverageOptions>(o =>
        {
            o.Folders.Clear();
            o.Corpora.Clear();
            corpora.ForEach(o.Corpora.Add);
            o.DataDirectory = Path.GetFullPath(request.Data ?? Path.Combine(o.DataDirectory, "eval", SetName(corpora)));
        });

        using var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        var questions = (await EvaluationSet.ReadAsync(questionsPath, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false)).Take(request.Limit).ToList();
        var library = host.Services.GetRequiredService<CoverageLibrary>();
        questions = [.. EvaluationSet.WithSpansRead(questions, await SpannedTextsAsync(questions, library, corpora, cancellationToken).ConfigureAwait(false))];
        var evaluator = new Evaluator(library, host.Services.GetRequiredService<Kernel>(), host.Services.GetRequiredService<IOptions<AnsweringOptions>>().Value);
        var outcomes = new List<QuestionOutcome>(questions.Count);
        await using var features = request.Features is { } featuresPath ? new StreamWriter(CreateFolderOf(Path.GetFullPath(featuresPath))) : null;
        if (features is not null)
        {
            await features.WriteLineAsync(FeatureRows.HeaderLine).ConfigureAwait(false);
        }

        await using var ranks = request.RankFeatures is { } ranksPath ? new StreamWriter(CreateFolderOf(Path.GetFullPath(ranksPath))) : null;
        if (ranks is not null)
        {
            await ranks.WriteLineAsync(RankRows.HeaderLine).ConfigureAwait(false);
        }

        var rankDepth = host.Services.GetRequiredService<IOptions<RetrievalOptions>>().Value.RerankDepth;
        await foreach (var outcome in evaluator.RunAsync(questions, features, ranks is null ? null : (ranks, rankDepth), cancellationToken).ConfigureAwait(false))
        {
            outcomes.Add(outcome);
            if (outcomes.Count % 50 == 0)
            {
                await Console.Error.WriteLineAsync($"  {outcomes.Count}/{questions.Count} questions").ConfigureAwait(false);
            }
        }

        var report = EvaluationMetrics.Summarize(outcomes);
        await output.WriteLineAsync(Format(Path.GetFileName(questionsPath), report)).ConfigureAwait(false);
        var outputPath = request.Output
            ?? Path.Combine(host.Services.GetRequiredService<IOptions<CoverageOptions>>().Value.DataDirectory, SetName([questionsPath]) + ".report.json");
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

    /// <summary>
    /// The text of each article a question names its gold in by position, as the served coverage holds it. An article
    /// folded into a word-for-word duplicate is not served under its own id; only then are the corpus files read again.
    /// </summary>
    private static async Task<Func<string, string?>> SpannedTextsAsync(List<EvaluationQuestion> questions, CoverageLibrary library, List<string> corpora, CancellationToken cancellationToken)
    {
        var ids = questions.SelectMany(q => q.GoldSpans.Concat(q.AnswerSpans)).Select(s => s.ArticleId).ToHashSet(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var lease = library.Acquire())
        {
            foreach (var id in ids)
            {
                if (lease.Index?.Corpus.FindArticle(id) is { } article)
                {
                    texts[id] = article.Text;
                }
            }
        }

        foreach (var corpus in texts.Count < ids.Count ? corpora : [])
        {
            await foreach (var read in JsonLinesArticleReader.ReadAsync(corpus, cancellationToken).ConfigureAwait(false))
            {
                if (read.Article is { } article && ids.Contains(article.Id))
                {
                    texts.TryAdd(article.Id, article.Text);
                }
            }
        }

        return id => texts.GetValueOrDefault(id);
    }

    private static string CreateFolderOf(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>"squad2-dev-500-articles-1a2b3c4d": readable, and distinct for each set of files.</summary>
    private static string SetName(List<string> paths)
    {
        var first = paths[0];
        var readable = $"{Path.GetFileName(Path.GetDirectoryName(first))}-{Path.GetFileNameWithoutExtension(first)}";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', paths))))[..8];
        return $"{readable}-{hash}";
    }

    /// <summary>What one run was asked to do.</summary>
    private sealed record Request
    {
        public required List<string> Corpora { get; init; }

        public required string Questions { get; init; }

        public string? Output { get; init; }

        public string? Data { get; init; }

        public required int Limit { get; init; }

        public string? Features { get; init; }

        public string? RankFeatures { get; init; }

        public required string[] Settings { get; init; }

        public string? ContentRoot { get; init; }
    }
}
