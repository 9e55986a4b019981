using System.Diagnostics;

/// <summary>
/// A watched folder full of traps: links out of it (absolute, relative, through a linked folder), a link to a folder, a
/// looping link, a FIFO, a binary file, a file over the size limit, an entity bomb and XXE feeds (a local file and a
/// remote DTD through the proxy trap), beside one good article. <c>ingest</c> must finish, index only the good article,
/// and list every other entry as skipped.
/// </summary>
internal static class HostileFiles
{
    public const string Secret = "swordfish-7731";

    public static async Task<(int Indexed, int Skipped, bool Leaked, long ElapsedMs, string Summary)> RunAsync(int trapPort)
    {
        var outside = Paths.Scratch("outside");
        var folder = Paths.Scratch("hostile");
        var data = Paths.Scratch("hostile-data");
        await File.WriteAllTextAsync(Path.Combine(outside, "secret.txt"), $"Vault codes leaked\n\nKYIV, March 3, 2022 — The vault code is {Secret}, officials said.");
        Directory.CreateDirectory(Path.Combine(outside, "deep"));
        File.Copy(Path.Combine(Paths.Seeds, "000_7868747c03e97426.txt"), Path.Combine(folder, "good.txt"));
        File.CreateSymbolicLink(Path.Combine(folder, "passwd.txt"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(folder, "secret.txt"), Path.Combine(outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(folder, "relative.txt"), Path.Combine("..", Path.GetFileName(outside), "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(folder, ".hop"), Path.Combine(outside, "deep"));
        File.CreateSymbolicLink(Path.Combine(folder, "dotdot.txt"), Path.Combine(".hop", "..", "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "etc"), "/etc");
        File.CreateSymbolicLink(Path.Combine(folder, "loop-a.txt"), Path.Combine(folder, "loop-b.txt"));
        File.CreateSymbolicLink(Path.Combine(folder, "loop-b.txt"), Path.Combine(folder, "loop-a.txt"));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(folder, "pipe.txt")))
        {
            await mkfifo.WaitForExitAsync();
        }

        await File.WriteAllBytesAsync(Path.Combine(folder, "binary.txt"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31))]);
        await using (var huge = File.Create(Path.Combine(folder, "huge.txt")))
        {
            huge.SetLength(17L * 1024 * 1024);
        }

        var lol = string.Join("", Enumerable.Range(1, 9).Select(n => $"<!ENTITY lol{n} \"{string.Concat(Enumerable.Repeat($"&lol{n - 1};", 10))}\">"));
        await File.WriteAllTextAsync(Path.Combine(folder, "bomb.xml"), $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">{lol}]><rss version=\"2.0\"><channel><title>t</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>");
        await File.WriteAllTextAsync(Path.Combine(folder, "xxe.xml"), $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://{outside}/secret.txt\">]><rss version=\"2.0\"><channel><title>t</title><item><title>Leak</title><description>&xxe;</description></item></channel></rss>");
        await File.WriteAllTextAsync(Path.Combine(folder, "dtd.xml"), $"<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:{trapPort}/evil.dtd\"><rss version=\"2.0\"><channel><title>t</title><item><title>Remote</title><description>Remote DTD {Secret}</description></item></channel></rss>");

        var stopwatch = Stopwatch.StartNew();
        var (exitCode, output, error) = await BotProcess.RunAsync(TimeSpan.FromMinutes(5), "ingest", "--folder", folder, "--data", data, "--Embedding:Enabled=false");
        var elapsed = stopwatch.ElapsedMilliseconds;
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"ingest failed ({exitCode}):\n{error}");
        }

        // Whatever was indexed is in the keyword index's stored text; the ask verb would quote it.
        var (_, answer, _) = await BotProcess.RunAsync(TimeSpan.FromMinutes(5), "ask", "what is the vault code?", "--Coverage:Folders:0=" + folder, $"--Coverage:DataDirectory={data}", "--Embedding:Enabled=false");
        var (_, passwd, _) = await BotProcess.RunAsync(TimeSpan.FromMinutes(5), "ask", "what is the root user's shell?", "--Coverage:Folders:0=" + folder, $"--Coverage:DataDirectory={data}", "--Embedding:Enabled=false");
        var leaked = answer.Contains(Secret, StringComparison.Ordinal) || passwd.Contains("root:x:0:0", StringComparison.Ordinal) || passwd.Contains("/bin/bash", StringComparison.Ordinal);
        var indexed = int.Parse(output.Split('\n')[1].Split(',')[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var skipped = output.Split('\n').Count(l => l.TrimStart().StartsWith("skipped ", StringComparison.Ordinal));
        foreach (var path in new[] { folder, outside, data })
        {
            Directory.Delete(path, recursive: true);
        }

        return (indexed, skipped, leaked, elapsed, output);
    }
}
