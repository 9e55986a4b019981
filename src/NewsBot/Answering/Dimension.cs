namespace NewsBot.Answering;

/// <summary>What a measure asked for measures (<see cref="Units"/>), when the question says.</summary>
public enum Dimension
{
    /// <summary>Any measure: "how many tonnes", "how long".</summary>
    Any,

    /// <summary>A length or an area: "how big", "how far", "how wide".</summary>
    Extent,

    /// <summary>A span of time or a speed: "how quickly", "how soon", "how fast".</summary>
    Duration,
}
