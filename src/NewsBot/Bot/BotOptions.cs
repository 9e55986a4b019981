using System.ComponentModel.DataAnnotations;

namespace NewsBot.Bot;

/// <summary>Limits on what the bot accepts from a conversation.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Longer messages get a polite refusal instead of a search.</summary>
    [Range(16, 100_000)]
    public int MaxMessageLength { get; set; } = 2_000;

    /// <summary>Questions one conversation may ask per minute; beyond that it is asked to slow down.</summary>
    [Range(1, 10_000)]
    public int MessagesPerMinute { get; set; } = 30;

    /// <summary>
    /// A typing indicator is sent only when an answer takes longer than this; most answers arrive sooner and need none.
    /// 0 sends it at once, before every answer.
    /// </summary>
    [Range(0, 10_000)]
    public int TypingDelayMilliseconds { get; set; } = 500;

    /// <summary>Larger request bodies to <c>/api/messages</c> are refused with 413 before they are read.</summary>
    [Range(4_096, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;
}
