using System.Diagnostics;
using System.Globalization;
using NewsBot.Evaluation;
using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Hosting;

/// <summary>
/// <c>bench --changes N</c>: with the coverage served, asks the timed questions again while articles change one after
/// another (at least N, and on until the questions are done), each given one new sentence with a word found nowhere
/// else; a change counts as answerable once a search for that word returns the sentence. Then it asks them once more
/// after the stream has stopped, over the coverage the changes left. Changes go through
/// <see cref="CoverageLibrary.ApplyAsync"/>, the path a watcher's or a replica's change takes after reading it.
/// </summary>
internal static class ChangeStream
{
    /// <summary>Between one change being answerable and the next: a busy newsroom's stream (86,400 changes a day), not a flood.</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    public static async Task<ChangeStreamReport> RunAsync(CoverageLibrary library, Evaluator evaluator, IReadOnlyList<EvaluationQuestion> questions, int rounds, int changes, LatencyPercentiles answerWithout, double servingPeakMiB, double cpuWithoutMs, string luceneFolder, CancellationToken cancellationToken)
    {
        var served = library.Current ?? throw new InvalidOperationException("The coverage is not loaded.");
        var articles = served.Corpus.Articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var step = Math.Max(1, articles.Count / Math.Max(changes, 1));
        var toAnswerable = new List<double>();
        var applied = new List<double>();
        using var done = new CancellationTokenSource();
        PeakMemory.Reset();

        var stream = Task.Run(
            async () =>
            {
                for (var i = 0; i < changes || !done.IsCancellationRequested; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (article, token) = Changed(articles[(i * step) % articles.Count], i);
                    var started = Stopwatch.GetTimestamp();
                    await library.ApplyAsync([CoverageChange.Put(article, $"bench-change-{i}")], cancellationToken: cancellationToken).ConfigureAwait(false);
                    applied.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    await WaitAnswerableAsync(library, token, cancellationToken).ConfigureAwait(false);
                    toAnswerable.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken);

        var timed = new List<QuestionOutcome>();
        var gauge = PhaseGauge.Read();
        var cpu = Cpu();
        await foreach (var outcome in evaluator.RunAsync(Enumerable.Range(0, rounds).SelectMany(_ => questions), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            timed.Add(outcome);
        }

        await done.CancelAsync().ConfigureAwait(false);
        await stream.ConfigureAwait(false);
        var cpuWith = (Cpu() - cpu).TotalMilliseconds / timed.Count;
        await Console.Error.WriteLineAsync($"bench: with the changes: {PhaseGauge.Read().Since(gauge, timed.Select(o => o.AnswerMs).ToList(), luceneFolder)}").ConfigureAwait(false);

        // The same rounds once more after the stream has stopped: what the changed coverage costs, without the applies.
        await Console.Error.WriteLineAsync("bench: the questions once more after the stream").ConfigureAwait(false);
        var after = new List<QuestionOutcome>();
        gauge = PhaseGauge.Read();
        cpu = Cpu();
        await foreach (var outcome in evaluator.RunAsync(Enumerable.Range(0, rounds).SelectMany(_ => questions), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            after.Add(outcome);
        }

        var cpuAfter = (Cpu() - cpu).TotalMilliseconds / after.Count;
        await Console.Error.WriteLineAsync($"bench: after the changes: {PhaseGauge.Read().Since(gauge, after.Select(o => o.AnswerMs).ToList(), luceneFolder)}").ConfigureAwait(false);
        return new ChangeStreamReport
        {
            Changes = toAnswerable.Count,
            ChangeToAnswerable = LatencyPercentiles.Of(toAnswerable),
            Apply = LatencyPercentiles.Of(applied),
            ServingPeakMiB = servingPeakMiB,
            ChangingPeakMiB = PeakMemory.ReadMiB(),
            AnswerWithChanges = LatencyPercentiles.Of(timed.Select(o => o.AnswerMs).ToList()),
            AnswerWithout = answerWithout,
            AnswerAfter = LatencyPercentiles.Of(after.Select(o => o.AnswerMs).ToList()),
            CpuPerQuestionWithoutMs = cpuWithoutMs,
            CpuPerQuestionWithMs = cpuWith,
            CpuPerQuestionAfterMs = cpuAfter,
        };
    }

    /// <summary>The process's processor time so far, all threads: steadier than latency on a machine shared with others.</summary>
    internal static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>The article with one new closing paragraph naming <c>token</c>, parsed as the corpus reader parses it.</summary>
    private static (Article Article, string Token) Changed(Article article, int i)
    {
        var token = string.Create(CultureInfo.InvariantCulture, $"zorbex{i:D5}");
        var text = $"{article.Text.TrimEnd()}\n\nThe harbour board counted {token} containers in change {i.ToString(CultureInfo.InvariantCulture)}.";
        var changed = PlainTextArticleParser.ParseBody(article.Id, article.Origin, text, article.Headline) with
        {
            Source = article.Source,
            Date = article.Date,
            Url = article.Url,
        };
        return (changed, token);
    }

    private static async Task WaitAnswerableAsync(CoverageLibrary library, string token, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        while (true)
        {
            using (var lease = library.Acquire())
            {
                var passages = await lease.Index!.RetrieveAsync($"how many {token} containers did the harbour board count?", Evaluator.Depth, timeout.Token).ConfigureAwait(false);
                if (passages.Any(p => p.Sentence.Text.Contains(token, StringComparison.Ordinal)))
                {
                    return;
                }
            }

            await Task.Delay(10, timeout.Token).ConfigureAwait(false);
        }
    }
}
