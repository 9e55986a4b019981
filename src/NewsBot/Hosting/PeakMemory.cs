using System.Globalization;

namespace NewsBot.Hosting;

/// <summary>
/// The process's peak resident set over a stretch of a run, from Linux's own count: writing 5 to
/// <c>/proc/self/clear_refs</c> resets the high-water mark (VmHWM in <c>/proc/self/status</c>) to the current resident
/// set, so the peak of one phase is read without the build before it. Elsewhere it falls back to the process's peak
/// over the whole run.
/// </summary>
internal static class PeakMemory
{
    private const string ClearRefs = "/proc/self/clear_refs";
    private const string Status = "/proc/self/status";

    /// <summary>Starts a new stretch; false when the peak cannot be reset here.</summary>
    public static bool Reset()
    {
        try
        {
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The peak resident set since the last <see cref="Reset"/>, in MiB.</summary>
    public static double ReadMiB()
    {
        try
        {
            foreach (var line in File.ReadLines(Status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
                    return kilobytes / 1024.0;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // Not Linux: the whole run's peak below.
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
