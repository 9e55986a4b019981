using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// Each damage the attack run did to an index on disk, done to a copy of a built data folder; then the bot is started
/// on it. It must start, move the damaged index aside, rebuild it, and answer the seed question with its citations.
/// </summary>
internal static class IndexDamages
{
    public static readonly string[] Kinds =
    [
        "truncate vector file", "garbage in the middle of the vector file", "truncate segment",
        "garbage in the middle of the segment", "garbage in segments_N", "delete .si",
    ];

    public static async Task<List<(string Kind, bool Answered, bool MovedAside, long ReadyMs)>> RunAsync()
    {
        var built = Paths.Scratch("built");
        var (exitCode, _, error) = await BotProcess.RunAsync(TimeSpan.FromMinutes(5), "ingest", "--folder", Paths.Seeds, "--data", built, "--Embedding:Enabled=true");
        if (exitCode != 0)
        {
            throw new InvalidOperationException("ingest failed:\n" + error);
        }

        var results = new List<(string, bool, bool, long)>();
        foreach (var kind in Kinds)
        {
            var data = Paths.Scratch("damaged");
            Copy(built, data);
            Damage(Directory.GetDirectories(Path.Combine(data, "index")).Single(), kind);
            var stopwatch = Stopwatch.StartNew();
            var answered = false;
            long readyMs = -1;
            try
            {
                await using var bot = await BotProcess.StartAsync(data, "--Embedding:Enabled=true", "--Coverage:Folders:0=" + Paths.Seeds);
                readyMs = stopwatch.ElapsedMilliseconds;
                using var response = await bot.Client.PostAsJsonAsync("/api/messages", Activity.Message("what did Russia propose on December 17?"));
                answered = (await response.Content.ReadAsStringAsync()).Contains("On December 17, 2021, the Russian Foreign Ministry released a draft agreement", StringComparison.Ordinal);
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or HttpRequestException or JsonException)
            {
                Console.Error.WriteLine($"{kind}: {ex.Message}");
            }

            var movedAside = Directory.Exists(Path.Combine(data, "damaged")) && Directory.GetDirectories(Path.Combine(data, "damaged")).Length == 1;
            results.Add((kind, answered, movedAside, readyMs));
            Directory.Delete(data, recursive: true);
        }

        Directory.Delete(built, recursive: true);
        return results;
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }

    private static void Damage(string folder, string kind)
    {
        var vectors = Path.Combine(folder, NewsBot.Retrieval.VectorIndex.FileName);
        var segment = Directory.GetFiles(folder, "_0.*").Where(f => !f.EndsWith(".si", StringComparison.Ordinal)).MaxBy(f => new FileInfo(f).Length)!;
        switch (kind)
        {
            case "truncate vector file": Truncate(vectors); break;
            case "garbage in the middle of the vector file": Scribble(vectors); break;
            case "truncate segment": Truncate(segment); break;
            case "garbage in the middle of the segment": Scribble(segment); break;
            case "garbage in segments_N": Scribble(Directory.GetFiles(folder, "segments_*").Single()); break;
            default: File.Delete(Directory.GetFiles(folder, "_0.si").Single()); break;
        }
    }

    private static void Truncate(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(stream.Length / 2);
    }

    private static void Scribble(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.Position = stream.Length / 2;
        stream.Write("garbage garbage garbage"u8);
    }
}
