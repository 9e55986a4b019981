using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace NewsBot.Hosting;

/// <summary>
/// What the runtime and the index did during one phase of <c>bench</c>: collections by generation, time the threads were
/// paused for them, and the Lucene segments of the latest commit at its end, printed beside the latencies to tell the
/// slower questions of one phase from another's.
/// </summary>
internal sealed record PhaseGauge(int Gen0, int Gen1, int Gen2, TimeSpan Paused, TimeSpan GcThreads, long MergedBytes)
{
    public static PhaseGauge Read() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GcThreadTime(), Retrieval.ChangeMergePolicy.ScheduledBytes);

    /// <summary>One line of what happened since <paramref name="start"/>, with the slowest tenth of <paramref name="latenciesMs"/>.</summary>
    public string Since(PhaseGauge start, IReadOnlyCollection<double> latenciesMs, string luceneFolder)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(latenciesMs);

        var slowest = latenciesMs.OrderDescending().Take(Math.Max(1, latenciesMs.Count / 10)).DefaultIfEmpty(0).Average();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"collections gen0/1/2 {Gen0 - start.Gen0}/{Gen1 - start.Gen1}/{Gen2 - start.Gen2}, paused {(Paused - start.Paused).TotalMilliseconds:F0} ms, GC threads' processor time {(GcThreads - start.GcThreads).TotalSeconds:F1} s; change writer merges started over {(MergedBytes - start.MergedBytes) / 1048576.0:F0} MiB; slowest tenth of answers {slowest:F1} ms on average; Lucene segments at the end {Segments(luceneFolder)}");
    }

    /// <summary>Processor time of the runtime's collector threads (Linux: their names under /proc/self/task); zero elsewhere.</summary>
    private static TimeSpan GcThreadTime()
    {
        const string tasks = "/proc/self/task";
        if (!System.IO.Directory.Exists(tasks))
        {
            return TimeSpan.Zero;
        }

        long ticks = 0;
        foreach (var task in System.IO.Directory.EnumerateDirectories(tasks))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                if (name.StartsWith(".NET BGC", StringComparison.Ordinal) || name.StartsWith(".NET Server GC", StringComparison.Ordinal) || name.StartsWith(".NET GC", StringComparison.Ordinal))
                {
                    // Fields 14 and 15 of stat, after the parenthesised name: user and system time in clock ticks.
                    var stat = File.ReadAllText(Path.Combine(task, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The thread ended while it was read.
            }
        }

        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static int Segments(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return 0;
        }

        using var directory = FSDirectory.Open(folder);
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.Count;
    }
}
