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

    /// <summary>
    /// Questions one client address may send per minute, over all its conversations and users. Behind a channel
    /// (Teams, Azure Bot Service) every request comes from the channel's few addresses, so this is set well above
    /// <see cref="MessagesPerMinute"/>: it stops one local script, not a busy tenant.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MessagesPerMinutePerAddress { get; set; } = 600;

    /// <summary>Requests whose conversation id is longer are refused with 400 (Teams ids are well under 200 characters).</summary>
    [Range(64, 8_192)]
    public int MaxConversationIdLength { get; set; } = 512;

    /// <summary>A conversation's memory (its last questions) is forgotten after this many idle minutes.</summary>
    [Range(1, 7 * 24 * 60)]
    public int ConversationIdleMinutes { get; set; } = 60;

    /// <summary>At most this many conversations are remembered; the least recently active are forgotten first.</summary>
    [Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>A reply to the channel's <c>serviceUrl</c> is abandoned after this long, and not tried again.</summary>
    [Range(1, 120)]
    public int ReplyTimeoutSeconds { get; set; } = 5;

    /// <summary>
    /// With authentication on, a request waits at most this long for the channel's signing keys to be fetched; then it
    /// gets 503, and for <see cref="SigningKeyRetrySeconds"/> further requests get 503 at once instead of waiting again.
    /// </summary>
    [Range(1, 60)]
    public int SigningKeyTimeoutSeconds { get; set; } = 5;

    [Range(1, 3_600)]
    public int SigningKeyRetrySeconds { get; set; } = 30;

    /// <summary>
    /// With <c>Coverage:Store=Postgres</c>, a turn that cannot reach the database gets 503 with this <c>Retry-After</c>;
    /// after the database did not answer in time, it is not asked again for this long (turns get 503 at once).
    /// </summary>
    [Range(1, 3_600)]
    public int StateRetrySeconds { get; set; } = 10;
}
