using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using NewsBot.Embeddings;
using NewsBot.Evaluation;
using NewsBot.Ingestion;
using NewsBot.Replication;
using NewsBot.Retrieval;
using Npgsql;

namespace NewsBot.Hosting;

/// <summary>
/// <c>newsbot bench-replica --corpus a.jsonl … --questions q.jsonl --articles n [--changes m] [--rounds r] [--data dir]
/// [--embedding-cache file] --ConnectionStrings:NewsBot=…</c>: the Postgres profile measured, on a database it empties
/// first. The writer ingests an n-article corpus (<see cref="BenchCorpus"/>); a fresh replica bootstraps from the
/// database (time, articles/s, sentences the model embedded: none); the writer commits m changed articles and the
/// replica catches up (articles/s); then the same questions are timed r rounds on the replica and on an embedded store
/// over the same articles, in the same process, alternating round by round.
/// </summary>
internal static class ReplicaBenchCommand
{
    public const string Verb = "bench-replica";

    private const string Revision = " (Revised for the replica bench.)";

    public static Command Create(TextWriter output, string[] settings)
    {
        var corpora = new Option<string[]>("--corpus") { Description = "A corpus file in JSON Lines (repeatable).", HelpName = "articles.jsonl", Required = true };
        var questions = new Option<string>("--questions") { Description = "The questions to time, in JSON Lines.", HelpName = "questions.jsonl", Required = true };
        var articles = CommandOptions.Positive("--articles", "How many articles the bench corpus holds.", "n", required: true);
        var changes = CommandOptions.Positive("--changes", "How many articles the writer changes for the catch-up (default 1000).", "m");
        var rounds = CommandOptions.Positive("--rounds", "Timed rounds of the questions on each store (default 3).", "r");
        var data = new Option<string>("--data") { Description = "Where the corpus, the replica and the embedded store go (default: bench-replica under the data directory).", HelpName = "dir" };
        var cache = new Option<string>("--embedding-cache") { Description = "An embeddings.cache to load before writing, so the writer embeds only what it lacks.", HelpName = "file" };
        var command = new Command(Verb, "Measure the Postgres profile: writer, a fresh replica's bootstrap, catch-up, and question latency against the embedded store. Empties the database's coverage tables first.")
        {
            corpora, questions, articles, changes, rounds, data, cache,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var contentRoot = CommandHost.ContentRootOf(parseResult);
            return RunAsync(
                CommandHost.InputPaths(parseResult, corpora, contentRoot),
                CommandHost.ExistingInput(parseResult, questions, contentRoot),
                parseResult.GetValue(articles) ?? 0,
                parseResult.GetValue(changes) ?? 1000,
                parseResult.GetValue(rounds) ?? 3,
                parseResult.GetValue(data),
                parseResult.GetValue(cache) is { } file ? CommandHost.ExistingFile("--embedding-cache", CommandHost.InputPath(file, contentRoot)) : null,
                settings,
                contentRoot,
                output,
                cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(List<string> corpora, string questionsPath, int articles, int changes, int rounds, string? dataOption, string? cache, string[] settings, string? contentRoot, TextWriter output, CancellationToken cancellationToken)
    {
        var questions = await EvaluationSet.ReadAsync(questionsPath, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        string[] postgres = [.. settings, "--Coverage:Store=Postgres"];
        var probe = CommandHost.CreateBuilder(postgres, contentRoot, LogLevel.Warning);
        var data = dataOption is { } given
            ? Path.GetFullPath(given)
            : Path.GetFullPath(Path.Combine(probe.Configuration[$"{CoverageOptions.SectionName}:{nameof(CoverageOptions.DataDirectory)}"] ?? ".newsbot", "bench-replica"), probe.Environment.ContentRootPath);
        var (generated, _) = await BenchCorpus.EnsureAsync(corpora, articles, data, cancellationToken).ConfigureAwait(false);

        // The writer reads one path twice, the corpus and then its revision, so the unchanged articles keep their origin.
        var corpus = Path.Combine(data, string.Create(CultureInfo.InvariantCulture, $"writer-corpus-{articles}.jsonl"));
        File.Copy(generated, corpus, overwrite: true);
        var revised = await ReviseAsync(generated, changes, cancellationToken).ConfigureAwait(false);
        var lines = new List<string>();
        void Report(FormattableString line)
        {
            lines.Add(line.ToString(CultureInfo.InvariantCulture));
            Console.Error.WriteLine(lines[^1]);
        }

        // 1. The writer, into an emptied database.
        using (var writerHost = BenchCommand.Configure(CommandHost.CreateBuilder(postgres, contentRoot, LogLevel.Warning), corpus, Path.Combine(data, "writer")).Build())
        {
            await using (var drop = writerHost.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("drop table if exists coverage_sentences, coverage_embeddings, coverage_changes, coverage_articles"))
            {
                await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (cache is not null)
            {
                writerHost.Services.GetRequiredService<FileCachingEmbeddingGenerator>().Load(cache);
            }

            var (written, seconds) = await WriteAsync(writerHost.Services, corpus, cancellationToken).ConfigureAwait(false);
            var byModel = writerHost.Services.GetRequiredService<CountingEmbeddingGenerator>().Texts;
            Report($"writer      {written.Added.Count:N0} articles in {seconds:F1} s ({written.Added.Count / seconds:N0}/s); {written.Embedded:N0} vectors new to the database ({byModel:N0} computed by the model, the rest from the embedding cache), {written.Reused:N0} found there; generation {written.Generation:N0}");
        }

        // 2. A fresh replica bootstraps from the database.
        var replicaData = Path.Combine(data, "replica");
        if (Directory.Exists(replicaData))
        {
            Directory.Delete(replicaData, recursive: true);
        }

        using var replicaHost = BenchCommand.Configure(CommandHost.CreateBuilder(postgres, contentRoot, LogLevel.Warning), corpus, replicaData).Build();
        var replicaLibrary = replicaHost.Services.GetRequiredService<CoverageLibrary>();
        var replica = replicaHost.Services.GetRequiredService<CoverageReplica>();
        var model = replicaHost.Services.GetRequiredService<CountingEmbeddingGenerator>();
        var started = Stopwatch.GetTimestamp();
        var cpu = ChangeStream.Cpu();
        await replicaLibrary.OpenAsync(cancellationToken).ConfigureAwait(false);
        var applied = await replica.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        var bootstrap = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var bootstrapCpu = ChangeStream.Cpu() - cpu;
        var served = replicaLibrary.Current!;
        Report($"bootstrap   {served.Corpus.ArticleCount:N0} articles, {served.Corpus.SentenceCount:N0} sentences ({(served.IsHybrid ? "keyword + vector" : "keyword")}) serving after {bootstrap:F1} s ({applied.Changes / bootstrap:N0} articles/s; database reads {applied.Read.TotalSeconds:F1} s, local store {applied.Apply.TotalSeconds:F1} s; process CPU {bootstrapCpu.TotalSeconds:F1} s, {bootstrapCpu.TotalMilliseconds / Math.Max(1, applied.Changes):F2} ms an article); sentences embedded by the model: {model.Texts:N0}");

        // 3. The writer changes m articles; the replica catches up.
        File.Copy(revised, corpus, overwrite: true);
        using (var writerHost = BenchCommand.Configure(CommandHost.CreateBuilder(postgres, contentRoot, LogLevel.Warning), corpus, Path.Combine(data, "writer")).Build())
        {
            var (written, seconds) = await WriteAsync(writerHost.Services, corpus, cancellationToken).ConfigureAwait(false);
            Report($"changes     {written.Changed.Count:N0} articles rewritten in {seconds:F1} s ({written.Changed.Count / seconds:N0}/s), {written.Embedded:N0} sentences embedded");
        }

        started = Stopwatch.GetTimestamp();
        cpu = ChangeStream.Cpu();
        applied = await replica.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        var catchUp = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var catchUpCpu = ChangeStream.Cpu() - cpu;
        Report($"catch-up    {applied.Changes:N0} changes applied in {catchUp:F2} s ({applied.Changes / catchUp:N0} articles/s; database reads {applied.Read.TotalSeconds:F2} s, local store {applied.Apply.TotalSeconds:F2} s; process CPU {catchUpCpu.TotalSeconds:F2} s, {catchUpCpu.TotalMilliseconds / Math.Max(1, applied.Changes):F2} ms an article) to generation {replica.Generation:N0}; sentences embedded by the model: {model.Texts:N0}");

        // 4. Questions on the replica and on an embedded store over the same articles.
        var embeddedData = Path.Combine(data, "embedded");
        if (Directory.Exists(embeddedData))
        {
            Directory.Delete(embeddedData, recursive: true);
        }

        Directory.CreateDirectory(embeddedData);
        if (cache is not null)
        {
            File.Copy(cache, Path.Combine(embeddedData, EmbeddedCoverageStore.EmbeddingCacheFile));
        }

        using var embeddedHost = BenchCommand.Configure(CommandHost.CreateBuilder([.. settings, "--Coverage:Store=Embedded"], contentRoot, LogLevel.Warning), corpus, embeddedData).Build();
        var embeddedLibrary = embeddedHost.Services.GetRequiredService<CoverageLibrary>();
        started = Stopwatch.GetTimestamp();
        cpu = ChangeStream.Cpu();
        await embeddedLibrary.LoadAsync(cancellationToken).ConfigureAwait(false);
        var embeddedCpu = ChangeStream.Cpu() - cpu;
        Report($"embedded    {embeddedLibrary.Current!.Corpus.ArticleCount:N0} articles ingested from the revised corpus in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s (process CPU {embeddedCpu.TotalSeconds:F1} s), for comparison");

        var onReplica = new List<QuestionOutcome>();
        var onEmbedded = new List<QuestionOutcome>();
        var replicaEvaluator = new Evaluator(replicaLibrary, replicaHost.Services.GetRequiredService<Kernel>());
        var embeddedEvaluator = new Evaluator(embeddedLibrary, embeddedHost.Services.GetRequiredService<Kernel>());
        await replicaEvaluator.RunAsync(questions, cancellationToken: cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        await embeddedEvaluator.RunAsync(questions, cancellationToken: cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        for (var round = 0; round < rounds; round++)
        {
            onReplica.AddRange(await replicaEvaluator.RunAsync(questions, cancellationToken: cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false));
            onEmbedded.AddRange(await embeddedEvaluator.RunAsync(questions, cancellationToken: cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        Report($"questions   {questions.Count:N0} × {rounds} rounds each, alternating, after a warm-up round");
        Report(Latency("replica", onReplica));
        Report(Latency("embedded", onEmbedded));
        var same = onReplica.Zip(onEmbedded).Count(p => p.First.Answered == p.Second.Answered && p.First.CitesGold == p.Second.CitesGold && p.First.Citations == p.Second.Citations);
        Report($"            same outcome (answered, cites gold, citations) on both: {same:N0} of {onReplica.Count:N0}; cites gold: replica {onReplica.Count(o => o.CitesGold):N0}, embedded {onEmbedded.Count(o => o.CitesGold):N0}");
        await output.WriteLineAsync(string.Join(Environment.NewLine, lines)).ConfigureAwait(false);
        return 0;
    }

    private static FormattableString Latency(string store, List<QuestionOutcome> outcomes)
    {
        var answer = LatencyPercentiles.Of(outcomes.Select(o => o.AnswerMs).ToList());
        return $"  {store,-9} answer p50 {answer.P50Ms:F1} ms  p95 {answer.P95Ms:F1} ms  p99 {answer.P99Ms:F1} ms";
    }

    private static async Task<(WriteSummary Summary, double Seconds)> WriteAsync(IServiceProvider services, string corpus, CancellationToken cancellationToken)
    {
        var writer = ReplicationHostingExtensions.CreateWriter(services);
        var started = Stopwatch.GetTimestamp();
        var summary = await writer.TryWriteAsync(IngestionPipeline.ReadAsync([], [corpus], cancellationToken), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Another writer holds the coverage's writer lock.");
        return (summary, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>The corpus with its first <paramref name="changes"/> records' text given one more sentence.</summary>
    private static async Task<string> ReviseAsync(string corpus, int changes, CancellationToken cancellationToken)
    {
        var path = Path.ChangeExtension(corpus, string.Create(CultureInfo.InvariantCulture, $"revised-{changes}.jsonl"));
        var lines = await File.ReadAllLinesAsync(corpus, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < Math.Min(changes, lines.Length); i++)
        {
            var record = JsonNode.Parse(lines[i])!.AsObject();
            record["text"] = record["text"]!.GetValue<string>() + Revision;
            lines[i] = record.ToJsonString();
        }

        await File.WriteAllLinesAsync(path, lines, cancellationToken).ConfigureAwait(false);
        return path;
    }
}
