using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using NewsBot.Answering;
using NewsBot.Retrieval;
using NewsBot.State;

namespace NewsBot.Bot;

/// <summary>
/// The conversation: greets new members, explains itself on <c>help</c>, and answers every other text message
/// through the kernel's <c>answer_question</c> function, rendered for the channel it came from. A follow-up ("when was
/// that?") is first made standalone from the remembered previous turn (<see cref="FollowUpRewriter"/>); an answer
/// comes with suggested next questions the coverage can answer. The conversation's memory is saved at the end of
/// every turn; when another turn of the same conversation saved first (two people asking at once in a group chat, their
/// turns on two instances of a fleet), this turn's changes are applied again over what that one saved, so neither
/// remembered question is lost. In Teams, the reader's thumbs up or down arrives as a <c>message/submitAction</c> invoke and is logged.
/// </summary>
public sealed class NewsBotHandler(
    Kernel kernel,
    CoverageLibrary library,
    ConversationState conversationState,
    IStatePropertyAccessor<ConversationMemory> memory,
    FollowUpSuggester suggester,
    ITurnRateLimiter rateLimiter,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    IHttpContextAccessor httpContext,
    ILogger<NewsBotHandler> logger) : ActivityHandler
{
    /// <summary>Feedback text is logged up to this many characters, and reply ids up to <see cref="MaxLoggedIdLength"/>.</summary>
    private const int MaxLoggedFeedbackLength = 200;
    private const int MaxLoggedIdLength = 100;

    /// <summary>The id of the conversation's last answer, which feedback without a <c>replyToId</c> rates.</summary>
    private readonly IStatePropertyAccessor<string> _lastAnswerId = conversationState.CreateProperty<string>("NewsBot.LastAnswerId");

    /// <summary>How often a turn re-applies its changes after another turn of the conversation saved first.</summary>
    private const int MaxSaveAttempts = 5;

    /// <summary>Turn-state keys of what this turn changed in the conversation's memory, to apply again after a conflict.</summary>
    private const string RememberedTurnKey = "NewsBot.RememberedTurn";
    private const string AnswerIdKey = "NewsBot.AnswerId";

    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase) { "help", "/help", "?", "hi", "hello" };

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await SaveStateAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves the conversation's memory. The store refuses a save over state that changed since this turn read it
    /// (<see cref="StateConflictException"/>); then the turn reads it again and re-applies its own change (its
    /// remembered question, its answer's id) on top, instead of overwriting the other turn's.
    /// </summary>
    private async Task SaveStateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StateUnavailableException ex) when (turnContext.Responded)
            {
                // The answer has gone out: a 503 now would have the channel send the question again and the reader get
                // a second answer. Only this turn's memory is lost.
                Log.StateNotSaved(logger, ex.Message);
                return;
            }
            catch (StateConflictException) when (attempt < MaxSaveAttempts)
            {
                Log.StateConflict(logger, attempt);
                await conversationState.LoadAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
                if (turnContext.TurnState.Get<ConversationTurn>(RememberedTurnKey) is { } turn)
                {
                    var current = await memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken).ConfigureAwait(false);
                    await memory.SetAsync(turnContext, current.Remember(turn), cancellationToken).ConfigureAwait(false);
                }

                if (turnContext.TurnState.Get<string>(AnswerIdKey) is { } answerId)
                {
                    await _lastAnswerId.SetAsync(turnContext, answerId, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var question = (activity.ChannelId == Channels.Msteams ? activity.RemoveRecipientMention() : activity.Text)?.Trim() ?? string.Empty;
        if (question.Length == 0)
        {
            var hasAttachments = activity.Attachments is { Count: > 0 };
            await turnContext.SendActivityAsync(
                hasAttachments
                    ? "I can only read text, so I can't look at attachments. Type your question about the news coverage instead."
                    : "Ask me a question about the news coverage, for example *what did Russia propose on December 17?*",
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        if (question.Length > options.Value.MaxMessageLength)
        {
            Log.MessageTooLong(logger, question.Length, options.Value.MaxMessageLength);
            await turnContext.SendActivityAsync(
                string.Create(CultureInfo.InvariantCulture, $"That message is {question.Length:N0} characters long; please ask in at most {options.Value.MaxMessageLength:N0}."),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var address = httpContext.HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (!await rateLimiter.TryAcquireAsync(activity.Conversation?.Id ?? string.Empty, activity.From?.Id, address, cancellationToken).ConfigureAwait(false))
        {
            Log.RateLimited(logger, activity.ChannelId);
            await turnContext.SendActivityAsync(
                string.Create(CultureInfo.InvariantCulture, $"You're sending questions faster than I can read them (at most {options.Value.MessagesPerMinute} a minute). Please wait a few seconds and ask again."),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        if (HelpWords.Contains(question))
        {
            await turnContext.SendActivityAsync(await HelpAsync(HelpText(), cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return;
        }

        // The typing indicator costs a round trip to the channel, so it goes out only when the answer is slow in coming.
        var answering = AnswerAsync(turnContext, question, cancellationToken);
        var typingDelay = TimeSpan.FromMilliseconds(options.Value.TypingDelayMilliseconds);
        if (typingDelay == TimeSpan.Zero || await Task.WhenAny(answering, Task.Delay(typingDelay, timeProvider, cancellationToken)).ConfigureAwait(false) != answering)
        {
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken).ConfigureAwait(false);
        }

        var (answer, suggestions) = await answering.ConfigureAwait(false);
        var sent = await turnContext.SendActivitiesAsync([.. AnswerReplies.Render(activity.ChannelId, answer, suggestions)], cancellationToken).ConfigureAwait(false);
        if (sent is [{ Id: { Length: > 0 } answerId }, ..])
        {
            await _lastAnswerId.SetAsync(turnContext, answerId, cancellationToken).ConfigureAwait(false);
            turnContext.TurnState.Set(AnswerIdKey, answerId);
            Log.SentAnswer(logger, answerId, activity.ChannelId);
        }
    }

    private async Task<(Answer Answer, IReadOnlyList<string> Suggestions)> AnswerAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken)
    {
        var remembered = await memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken).ConfigureAwait(false);
        var standalone = FollowUpRewriter.Rewrite(question, remembered.LastTurn());
        if (!string.Equals(standalone, question, StringComparison.Ordinal))
        {
            Log.RewroteFollowUp(logger, question, standalone);
        }

        var answer = await kernel.InvokeAsync<Answer>(
            CoveragePlugin.PluginName,
            CoveragePlugin.AnswerFunction,
            new KernelArguments { ["question"] = standalone },
            cancellationToken).ConfigureAwait(false) ?? Answer.NotCovered(standalone);
        Log.Answered(logger, answer.IsAnswered, answer.Citations.Count);
        var turn = ConversationTurn.From(answer);
        await memory.SetAsync(turnContext, remembered.Remember(turn), cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Set(RememberedTurnKey, turn);

        var suggestions = answer.IsAnswered ? await suggester.SuggestAsync(answer, cancellationToken).ConfigureAwait(false) : [SuggestionButtons.Help];
        Log.Suggested(logger, answer.IsAnswered ? suggestions.Count : 0);
        return (answer, suggestions);
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        if (!string.Equals(turnContext.Activity.Name, TeamsFeedback.InvokeName, StringComparison.Ordinal))
        {
            // The SDK answers 501 to an invoke it has no handler for, which Teams shows the user as an error. An invoke
            // this bot does not handle (a card action, a search it never registered) is acknowledged and ignored.
            Log.UnknownInvoke(logger, turnContext.Activity.Name is { } name ? CitationText.Truncate(name, MaxLoggedIdLength) : null);
            return new InvokeResponse { Status = 200 };
        }

        if (TeamsFeedback.Parse(turnContext.Activity.Value) is { } feedback)
        {
            // The Agents Playground sends no replyToId; the reader then rates the conversation's last answer.
            var replyId = turnContext.Activity.ReplyToId is { Length: > 0 } id
                ? id
                : await _lastAnswerId.GetAsync(turnContext, () => null!, cancellationToken).ConfigureAwait(false);
            replyId = replyId is null ? null : CitationText.Truncate(replyId, MaxLoggedIdLength);
            var text = feedback.Text.Length == 0 ? string.Empty : CitationText.Truncate(feedback.Text, MaxLoggedFeedbackLength);
            Log.Feedback(logger, replyId, feedback.Reaction, feedback.Text.Length, text);
        }

        return new InvokeResponse { Status = 200 };
    }

    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        // A channel (or anyone posting) may list null members; the SDK's own handling reads every member's id.
        var activity = turnContext.Activity;
        activity.MembersAdded = activity.MembersAdded?.Where(m => m is not null).ToList();
        activity.MembersRemoved = activity.MembersRemoved?.Where(m => m is not null).ToList();
        return base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);

        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            var welcome = "Hello! I'm NewsBot. I answer questions about the news coverage I've been given, and I cite the exact sentence behind every statement. "
                + "When the coverage doesn't say, I tell you so instead of guessing.\n\n" + HelpText();
            await turnContext.SendActivityAsync(await HelpAsync(welcome, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The help text with questions to start with, each one the coverage answers, as buttons.</summary>
    private async Task<IMessageActivity> HelpAsync(string text, CancellationToken cancellationToken)
    {
        var help = MessageFactory.Text(text);
        help.SuggestedActions = SuggestionButtons.Render(await suggester.SuggestStartersAsync(cancellationToken).ConfigureAwait(false));
        return help;
    }

    private string HelpText()
    {
        var corpus = library.Current?.Corpus;
        if (corpus is null || corpus.ArticleCount == 0)
        {
            return "I'm still loading the coverage, or none has been added yet. Try again in a moment.";
        }

        var sources = corpus.Articles.Select(a => a.Source).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var range = corpus.DateRange() is { } r
            ? r.From == r.To
                ? string.Create(CultureInfo.InvariantCulture, $", published {r.From:d MMMM yyyy}")
                : string.Create(CultureInfo.InvariantCulture, $", published between {r.From:d MMMM yyyy} and {r.To:d MMMM yyyy}")
            : string.Empty;
        var from = sources.Count > 0 ? $" from {string.Join(", ", sources)}" : string.Empty;
        var articles = corpus.ArticleCount == 1 ? "1 article" : string.Create(CultureInfo.InvariantCulture, $"{corpus.ArticleCount:N0} articles");
        return $"I know {articles}{from}{range}. Ask me anything about {(corpus.ArticleCount == 1 ? "it" : "them")} in your own words, for example *what did Russia propose on December 17?*";
    }
}
