using System.Diagnostics;

namespace NewsBot.Tests.Infrastructure;

/// <summary>Waits for something a background service does: true once it holds, false when the deadline passes first.</summary>
public static class Poll
{
    public static async Task<bool> UntilAsync(Func<bool> condition, TimeSpan deadline)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            if (stopwatch.Elapsed > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
