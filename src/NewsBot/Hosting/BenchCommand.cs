using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using NewsBot.Embeddings;
using NewsBot.Evaluation;
using NewsBot.Retrieval;

namespace NewsBot.Hosting;

/// <summary>
/// <c>newsbot bench --corpus a.jsonl [--corpus b.jsonl …] --questions q.jsonl --articles n [--data dir] [--rounds r] [--output report.json]</c>:
/// builds an n-article corpus from the given ones (<see cref="ScaledCorpus"/>), ingests it from scratch, measures the
/// index on disk, starts a second host over the persisted index (a cold start), times every question r rounds
/// through the bot's own retrieval and answering after one warm-up round, and reports memory. Prints the figures and
/// writes them as JSON. Each phase runs the code the bot runs; nothing is timed in tests.
/// </summary>
public static class BenchCommand
{
    public const string Verb = "bench";

    /// <summary>Without <c>--rounds</c>, enough rounds for at least this many timed questions.</summary>
    public const int MinimumSamples = 1000;

    private const double MiB = 1024 * 1024;

    /// <param name="settings">Settings overrides given on the command line (<c>--Section:Key=value</c>).</param>
    public static Command Create(TextWriter output, string[] settings)
    {
        ArgumentNullException.ThrowIfNull(output);

        var corpora = new Option<string[]>("--corpus") { Description = "A corpus file in JSON Lines (repeatable); the bench corpus cycles through them.", HelpName = "articles.jsonl", Required = true };
        var questions = new Option<string>("--questions") { Description = "The questions to time, in JSON Lines.", HelpName = "questions.jsonl", Required = true };
        var articles = CommandOptions.Positive("--articles", "How many articles the bench corpus holds.", "n", required: true);
        var rounds = CommandOptions.Positive("--rounds", $"How many timed rounds of the questions (default: enough for {MinimumSamples} timed questions).", "r");
        var data = new Option<string>("--data") { Description = "Where the bench corpus, indexes and reports go (default: bench under the data directory).", HelpName = "dir" };
        var report = new Option<string>("--output") { Description = "Where to write the JSON report (default: <data>/bench-<n>.report.json).", HelpName = "report.json" };
        var changes = CommandOptions.Positive("--changes", "After the timed rounds, ask them again while at least this many articles change one by one: time to answerable, memory, and latency beside the stream.", "n");
        var command = new Command(Verb, "Build an n-article corpus, ingest it from scratch, cold-start over it and time the questions.")
        {
            corpora, questions, articles, rounds, data, report, changes,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var contentRoot = CommandHost.ContentRootOf(parseResult);
            return RunAsync(
                new Request
                {
                    Corpora = CommandHost.InputPaths(parseResult, corpora, contentRoot),
                    Questions = CommandHost.ExistingInput(parseResult, questions, contentRoot),
                    Articles = parseResult.GetValue(articles) ?? throw new InvalidOperationException("--articles is required."),
                    Rounds = parseResult.GetValue(rounds),
                    Data = parseResult.GetValue(data),
                    Output = parseResult.GetValue(report),
                    Changes = parseResult.GetValue(changes),
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
        var (corpora, questionsPath, articles, settings, contentRoot) = (request.Corpora, request.Questions, request.Articles, request.Settings, request.ContentRoot);
        var questions = await EvaluationSet.ReadAsync(questionsPath, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (questions.Count == 0)
        {
            throw new InvalidDataException($"{questionsPath} holds no questions.");
        }

        var builder = CommandHost.CreateBuilder(settings, contentRoot, LogLevel.Information);
        var data = request.Data is { } given
            ? Path.GetFullPath(given)
            : Path.GetFullPath(Path.Combine(builder.Configuration[$"{CoverageOptions.SectionName}:{nameof(CoverageOptions.DataDirectory)}"] ?? new CoverageOptions().DataDirectory, "bench"), builder.Environment.ContentRootPath);
        var (corpus, generated) = await BenchCorpus.EnsureAsync(corpora, articles, data, cancellationToken).ConfigureAwait(false);
        await Console.Error.WriteLineAsync($"bench: {(generated ? "generated" : "reusing")} {corpus}").ConfigureAwait(false);

        // The index is built from scratch in a folder of its own for this n; the embedding cache beside it is kept.
        var run = Path.Combine(data, string.Create(CultureInfo.InvariantCulture, $"articles-{articles}"));
        if (Directory.Exists(Path.Combine(run, EmbeddedCoverageStore.StoreFolder)))
        {
            Directory.Delete(Path.Combine(run, EmbeddedCoverageStore.StoreFolder), recursive: true);
        }

        var build = await IngestAsync(Configure(builder, corpus, run), articles, cancellationToken).ConfigureAwait(false);

        // What the build left behind must not count against the served index's memory.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var report = await ServeAsync(Configure(CommandHost.CreateBuilder(settings, contentRoot, LogLevel.Information), corpus, run), build, questions, request, cancellationToken).ConfigureAwait(false);

        await output.WriteLineAsync(Format(Path.GetFileName(corpus), report)).ConfigureAwait(false);
        var outputPath = Path.GetFullPath(request.Output ?? Path.Combine(data, string.Create(CultureInfo.InvariantCulture, $"bench-{articles}.report.json")));
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        await File.WriteAllTextAsync(outputPath, JsonSerializer.Serialize(new { corpora, questions = questionsPath, articles, corpus, settings, report }, CommandHost.ReportJson), cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"report written to {outputPath}").ConfigureAwait(false);
        return 0;
    }

    internal static string Format(string corpus, BenchmarkReport r)
    {
        var lines = new List<string>
        {
            Line($"{corpus}: {r.ArticlesIn:N0} articles in, {r.ArticlesIndexed:N0} indexed ({r.Duplicates:N0} word-for-word duplicates, {r.Skipped:N0} skipped), {r.Sentences:N0} sentences"),
            Line($"  ingest      {r.IngestSeconds:F1} s, {r.SentencesPerSecond:N0} sentences/s, embeddings {(r.Embeddings ? "on" : "off")}"),
        };
        if (r.VectorsEmbedded is { } embedded)
        {
            lines.Add(Line($"  vectors     {embedded:N0} embedded by the model, {r.Sentences - embedded:N0} from the embedding cache"));
        }

        lines.Add(Line($"  index       {r.IndexBytes / MiB:F1} MiB on disk ({r.IndexBytes:N0} bytes); embedding cache {r.EmbeddingCacheBytes / MiB:F1} MiB"));
        lines.Add(Line($"  cold start  coverage ready in {r.ColdStartSeconds:F2} s, {(r.ColdStartReindexed ? "RE-INDEXED (the persisted index was not reused)" : "index reused, nothing re-indexed")}"));
        lines.Add(Line($"  questions   {r.Questions:N0} × {r.Rounds:N0} rounds = {r.Retrieval.Samples:N0} timed, after one warm-up round{(r.Embeddings ? "; every question embedded afresh (no query cache)" : string.Empty)}"));
        lines.Add(Latency("retrieval", r.Retrieval));
        lines.Add(Latency("answer", r.Answer) + "   (retrieval + composing)");
        lines.Add(Line($"  first round retrieval p50 {r.FirstRoundRetrieval.P50Ms:F1} ms  p95 {r.FirstRoundRetrieval.P95Ms:F1} ms   (each question's first time{(r.QueriesEmbedded is { } q ? $"; {q:N0} queries embedded by the model" : string.Empty)})"));
        lines.Add(Line($"  memory      resident {r.WorkingSetAfterLoadMiB:F0} MiB after load, {r.WorkingSetAfterQuestionsMiB:F0} MiB after questions, peak {r.PeakWorkingSetMiB:F0} MiB (whole run)"));
        lines.Add(Line($"              managed heap {r.ManagedHeapAfterLoadMiB:F0} MiB after load, {r.ManagedHeapAfterQuestionsMiB:F0} MiB after questions"));
        if (r.ChangeStream is { } c)
        {
            lines.Add(Line($"  changes     {c.Changes:N0} articles changed one by one beside the questions: changed → answerable p50 {c.ChangeToAnswerable.P50Ms:F0} ms  p95 {c.ChangeToAnswerable.P95Ms:F0} ms  p99 {c.ChangeToAnswerable.P99Ms:F0} ms (apply alone p50 {c.Apply.P50Ms:F0} / p95 {c.Apply.P95Ms:F0} ms)"));
            lines.Add(Line($"              peak resident {c.ChangingPeakMiB:F0} MiB while changing against {c.ServingPeakMiB:F0} MiB serving the same questions ({c.ChangingPeakMiB / c.ServingPeakMiB:F2}×)"));
            lines.Add(Line($"              answer p95 {c.AnswerWithChanges.P95Ms:F1} ms with the changes against {c.AnswerWithout.P95Ms:F1} ms without ({c.AnswerWithChanges.P95Ms / c.AnswerWithout.P95Ms:F2}×); p50 {c.AnswerWithChanges.P50Ms:F1} / {c.AnswerWithout.P50Ms:F1} ms"));
            lines.Add(Line($"              after the stream stopped: answer p50 {c.AnswerAfter.P50Ms:F1} ms  p95 {c.AnswerAfter.P95Ms:F1} ms ({c.AnswerAfter.P95Ms / c.AnswerWithout.P95Ms:F2}× without)"));
            lines.Add(Line($"              processor time a question: {c.CpuPerQuestionWithoutMs:F1} ms without, {c.CpuPerQuestionWithMs:F1} ms with the changes (their applies included), {c.CpuPerQuestionAfterMs:F1} ms after"));
        }
        return string.Join(Environment.NewLine, lines);
    }

    private static string Latency(string what, LatencyPercentiles l) =>
        Line($"  {what,-11} p50 {l.P50Ms:F1} ms  p95 {l.P95Ms:F1} ms  p99 {l.P99Ms:F1} ms");

    private static string Line(FormattableString line) => line.ToString(CultureInfo.InvariantCulture);

    /// <summary>The bench's coverage: only the generated corpus, indexed under <paramref name="run"/>, with the model's texts counted.</summary>
    internal static HostApplicationBuilder Configure(HostApplicationBuilder builder, string corpus, string run)
    {
        builder.Services.PostConfigure<CoverageOptions>(o =>
        {
            o.Folders.Clear();
            o.Corpora.Clear();
            o.Corpora.Add(corpus);
            o.DataDirectory = run;
        });
        builder.Services.AddSingleton(sp => new CountingEmbeddingGenerator(sp.GetRequiredService<ArcticEmbeddingGenerator>()));
        builder.Services.AddKeyedSingleton<IEmbeddingGenerator<string, Embedding<float>>>(
            NewsBotHostingExtensions.EmbeddingModelKey,
            (sp, _) => sp.GetRequiredService<CountingEmbeddingGenerator>());

        // Every timed question is embedded by the model, as a question nobody asked before would be: no query cache.
        builder.Services.PostConfigure<EmbeddingOptions>(o => o.QueryCacheSize = 0);
        return builder;
    }

    /// <summary>Ingests from scratch the way the <c>ingest</c> verb does, and measures what it built.</summary>
    private static async Task<Build> IngestAsync(HostApplicationBuilder builder, int articles, CancellationToken cancellationToken)
    {
        await Console.Error.WriteLineAsync("bench: ingesting from scratch").ConfigureAwait(false);
        using var host = builder.Build();
        var library = host.Services.GetRequiredService<CoverageLibrary>();
        var started = Stopwatch.GetTimestamp();
        var summary = await library.IngestAsync(cancellationToken).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var index = library.Current ?? throw new InvalidOperationException("The coverage did not load.");
        var run = host.Services.GetRequiredService<IOptions<CoverageOptions>>().Value.DataDirectory;
        var cache = new FileInfo(Path.Combine(run, EmbeddedCoverageStore.EmbeddingCacheFile));
        return new Build
        {
            Version = index.Version,
            Manifest = Path.Combine(run, EmbeddedCoverageStore.StoreFolder, StoreManifest.FileName),
            ArticlesIn = articles,
            Indexed = index.Corpus.ArticleCount,
            Skipped = summary.Skipped.Count,
            Sentences = index.Corpus.SentenceCount,
            Embeddings = index.IsHybrid,
            Seconds = seconds,
            VectorsEmbedded = index.IsHybrid ? host.Services.GetRequiredService<CountingEmbeddingGenerator>().Texts : null,
            IndexBytes = new DirectoryInfo(Path.Combine(run, EmbeddedCoverageStore.StoreFolder)).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length),
            CacheBytes = cache.Exists ? cache.Length : 0,
        };
    }

    /// <summary>
    /// Starts a second host over the persisted index, as the bot starts, then asks every question once untimed and
    /// <paramref name="rounds"/> times timed, through <see cref="Evaluator"/> (the bot's retrieval and its
    /// <c>answer_question</c> function).
    /// </summary>
    private static async Task<BenchmarkReport> ServeAsync(HostApplicationBuilder builder, Build build, List<EvaluationQuestion> questions, Request request, CancellationToken cancellationToken)
    {
        await Console.Error.WriteLineAsync("bench: cold start over the persisted index").ConfigureAwait(false);
        var manifestWritten = File.GetLastWriteTimeUtc(build.Manifest);
        var started = Stopwatch.GetTimestamp();
        using var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        var coldStart = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var library = host.Services.GetRequiredService<CoverageLibrary>();
        var reindexed = library.Current?.Version != build.Version || File.GetLastWriteTimeUtc(build.Manifest) != manifestWritten;
        if (library.Current?.IsHybrid == true)
        {
            // The bot loads the model in the background after a start; waiting for it here keeps it out of the timings.
            await host.Services.GetRequiredService<SentenceEmbedder>().EmbedQueryAsync("warm up", cancellationToken).ConfigureAwait(false);
        }

        var (heapAfterLoad, workingSetAfterLoad) = Memory();
        var model = host.Services.GetRequiredService<CountingEmbeddingGenerator>();
        var embeddedBefore = model.Texts;
        var evaluator = new Evaluator(library, host.Services.GetRequiredService<Kernel>());
        await Console.Error.WriteLineAsync($"bench: warm-up round of {questions.Count} questions").ConfigureAwait(false);
        var firstRound = await evaluator.RunAsync(questions, cancellationToken: cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        var repeat = request.Rounds ?? (int)Math.Ceiling((double)MinimumSamples / questions.Count);
        var timed = new List<QuestionOutcome>(questions.Count * repeat);
        PeakMemory.Reset();
        var lucene = Path.Combine(host.Services.GetRequiredService<IOptions<CoverageOptions>>().Value.DataDirectory, EmbeddedCoverageStore.StoreFolder, EmbeddedCoverageStore.LuceneFolder);
        var gauge = PhaseGauge.Read();
        var cpu = ChangeStream.Cpu();
        await foreach (var outcome in evaluator.RunAsync(Enumerable.Range(0, repeat).SelectMany(_ => questions), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            timed.Add(outcome);
            if (timed.Count % 500 == 0)
            {
                await Console.Error.WriteLineAsync($"  {timed.Count}/{questions.Count * repeat} questions").ConfigureAwait(false);
            }
        }

        var servingPeak = PeakMemory.ReadMiB();
        var cpuPerQuestion = (ChangeStream.Cpu() - cpu).TotalMilliseconds / timed.Count;
        var answer = LatencyPercentiles.Of(timed.Select(o => o.AnswerMs).ToList());
        await Console.Error.WriteLineAsync($"bench: without changes: {PhaseGauge.Read().Since(gauge, timed.Select(o => o.AnswerMs).ToList(), lucene)}").ConfigureAwait(false);
        ChangeStreamReport? stream = null;
        if (request.Changes is { } changes)
        {
            await Console.Error.WriteLineAsync($"bench: the questions again while at least {changes} articles change").ConfigureAwait(false);
            stream = await ChangeStream.RunAsync(library, evaluator, questions, repeat, changes, answer, servingPeak, cpuPerQuestion, lucene, cancellationToken).ConfigureAwait(false);
        }

        var (heapAfterQuestions, workingSetAfterQuestions) = Memory();
        using var process = Process.GetCurrentProcess();
        var queriesEmbedded = build.Embeddings ? model.Texts - embeddedBefore : (long?)null;
        await host.StopAsync(cancellationToken).ConfigureAwait(false);
        return new BenchmarkReport
        {
            ArticlesIn = build.ArticlesIn,
            ArticlesIndexed = build.Indexed,
            Skipped = build.Skipped,
            Sentences = build.Sentences,
            Embeddings = build.Embeddings,
            IngestSeconds = build.Seconds,
            VectorsEmbedded = build.VectorsEmbedded,
            IndexBytes = build.IndexBytes,
            EmbeddingCacheBytes = build.CacheBytes,
            ColdStartSeconds = coldStart,
            ColdStartReindexed = reindexed,
            Questions = questions.Count,
            Rounds = repeat,
            Retrieval = LatencyPercentiles.Of(timed.Select(o => o.RetrievalMs).ToList()),
            Answer = answer,
            ChangeStream = stream,
            FirstRoundRetrieval = LatencyPercentiles.Of(firstRound.Select(o => o.RetrievalMs).ToList()),
            QueriesEmbedded = queriesEmbedded,
            WorkingSetAfterLoadMiB = workingSetAfterLoad,
            WorkingSetAfterQuestionsMiB = workingSetAfterQuestions,
            PeakWorkingSetMiB = process.PeakWorkingSet64 / MiB,
            ManagedHeapAfterLoadMiB = heapAfterLoad,
            ManagedHeapAfterQuestionsMiB = heapAfterQuestions,
        };
    }

    /// <summary>Live managed heap after a full collection, and the resident set then, in MiB.</summary>
    private static (double Heap, double WorkingSet) Memory()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true) / MiB;
        return (heap, Environment.WorkingSet / MiB);
    }

    /// <summary>What one run was asked to do.</summary>
    private sealed record Request
    {
        public required List<string> Corpora { get; init; }

        public required string Questions { get; init; }

        public required int Articles { get; init; }

        public int? Rounds { get; init; }

        public string? Data { get; init; }

        public string? Output { get; init; }

        public int? Changes { get; init; }

        public required string[] Settings { get; init; }

        public string? ContentRoot { get; init; }
    }

    /// <summary>What the ingestion built, and where its manifest is (rewritten only if the index is rebuilt).</summary>
    private sealed record Build
    {
        public required string Version { get; init; }

        public required string Manifest { get; init; }

        public required int ArticlesIn { get; init; }

        public required int Indexed { get; init; }

        public required int Skipped { get; init; }

        public required int Sentences { get; init; }

        public required bool Embeddings { get; init; }

        public required double Seconds { get; init; }

        public long? VectorsEmbedded { get; init; }

        public required long IndexBytes { get; init; }

        public required long CacheBytes { get; init; }
    }
}
