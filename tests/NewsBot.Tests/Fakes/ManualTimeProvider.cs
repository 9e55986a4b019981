namespace NewsBot.Tests.Fakes;

/// <summary>A clock that moves only when told to (timestamps in ticks); timers still run on the system clock.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long _now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _now), TimeSpan.Zero);

    public override long GetTimestamp() => Interlocked.Read(ref _now);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _now, by.Ticks);
}
