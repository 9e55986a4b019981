using Microsoft.Bot.Schema;

namespace NewsBot.Bot;

/// <summary>
/// Suggested follow-ups as <c>imBack</c> buttons: a tap sends the question back as if the reader had typed it. After an
/// answer the coverage could not give, the one suggestion is <c>help</c>.
/// </summary>
internal static class SuggestionButtons
{
    public const string Help = "help";

    public static SuggestedActions? Render(IReadOnlyList<string> questions) =>
        questions.Count == 0
            ? null
            : new SuggestedActions { Actions = questions.Select(q => new CardAction { Type = ActionTypes.ImBack, Title = q, Value = q }).ToList() };
}
