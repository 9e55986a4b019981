using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>
/// Words an answer with a language model from the retrieved sentences, and keeps it only if
/// <see cref="CitationVerifier"/> finds every statement cited and supported; otherwise the extractive answer stands.
/// The model is reached only through <see cref="IChatClient"/>.
/// </summary>
public sealed class LlmComposer(IChatClient chatClient, IOptions<LlmOptions> options, ILogger<LlmComposer> logger)
{
    private static readonly ChatOptions ChatOptions = new() { Temperature = 0f, MaxOutputTokens = 600 };

    /// <summary>
    /// The model's answer over the first <see cref="LlmOptions.MaxSentences"/> distinct passages, or
    /// <paramref name="fallback"/> when the model fails, times out, declines, or cites what it was not shown or what
    /// does not say it.
    /// </summary>
    public async Task<Answer> ComposeAsync(string question, IReadOnlyList<Passage> passages, Answer fallback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(fallback);

        var shown = passages.DistinctBy(p => p.Sentence.Id).Take(options.Value.MaxSentences).ToList();
        if (shown.Count == 0)
        {
            return fallback;
        }

        var reply = await AskAsync(ComposePrompt.Build(question, shown, ComposePrompt.NewTag()), cancellationToken).ConfigureAwait(false);
        if (reply is null)
        {
            return fallback;
        }

        if (reply.Contains(ComposePrompt.NotCovered, StringComparison.Ordinal))
        {
            Log.LlmNotCovered(logger, shown.Count);
            return fallback;
        }

        var check = CitationVerifier.Verify(reply, shown.Select(p => p.Sentence.Text).ToList());
        if (!check.IsValid)
        {
            Log.LlmAnswerRejected(logger, check.Reason!);
            return fallback;
        }

        Log.LlmAnswerAccepted(logger, check.Cited.Count, shown.Count);
        return new Answer
        {
            Question = question,
            Text = check.Text,
            Citations = check.Cited.Select((n, i) => Citation.Create(i + 1, shown[n - 1].Article, shown[n - 1].Sentence)).ToList(),
            IsAnswered = true,
        };
    }

    /// <summary>The model's reply text, or null (logged) when it could not be had in time.</summary>
    private async Task<string?> AskAsync(IList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var timeout = options.Value.TimeoutSeconds;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(timeout));
        try
        {
            var response = await chatClient.GetResponseAsync(messages, ChatOptions, deadline.Token).ConfigureAwait(false);
            return response.Text;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.LlmTimedOut(logger, timeout);
            return null;
        }
#pragma warning disable CA1031 // The model is optional: whatever its transport throws (HTTP, protocol, auth), the extractive answer stands.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Log.LlmFailed(logger, exception.GetType().Name, exception);
            return null;
        }
    }
}
