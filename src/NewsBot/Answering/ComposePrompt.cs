using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using NewsBot.Retrieval;
using NewsBot.Text;

namespace NewsBot.Answering;

/// <summary>
/// The messages that ask a model to answer from numbered sentences: the instructions (the embedded
/// <c>Prompts/compose.txt</c>) as the system message, and the question with the sentences as the user message. The
/// sentences sit between delimiter lines that carry a random tag, so article text can neither guess nor forge the end
/// of the data block; each sentence is flattened onto one line so it cannot fake the block's layout.
/// </summary>
public static class ComposePrompt
{
    public const string NotCovered = "NOT_COVERED";

    private static readonly string Template = LoadTemplate("compose.txt");

    public static string BeginLine(string tag) => $"<<<SOURCES {tag}>>>";

    public static string EndLine(string tag) => $"<<<END SOURCES {tag}>>>";

    /// <summary>A fresh delimiter tag: 16 random hex digits.</summary>
    public static string NewTag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static IList<ChatMessage> Build(string question, IReadOnlyList<Passage> shown, string tag)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);

        var instructions = Template
            .Replace("{{begin}}", BeginLine(tag), StringComparison.Ordinal)
            .Replace("{{end}}", EndLine(tag), StringComparison.Ordinal)
            .Replace("{{count}}", shown.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{not_covered}}", NotCovered, StringComparison.Ordinal);

        var user = new StringBuilder();
        user.Append("Question: ").AppendLine(Flatten(question)).AppendLine();
        user.AppendLine(BeginLine(tag));
        for (var i = 0; i < shown.Count; i++)
        {
            var article = shown[i].Article;
            user.Append(CultureInfo.InvariantCulture, $"[{i + 1}] Headline: {Flatten(article.Headline)}");
            if (article.Date is { } date)
            {
                user.Append(CultureInfo.InvariantCulture, $" | Date: {date:yyyy-MM-dd}");
            }

            if (!string.IsNullOrWhiteSpace(article.Source))
            {
                user.Append(" | Source: ").Append(Flatten(article.Source));
            }

            user.AppendLine();
            user.Append("    Sentence: ").AppendLine(Flatten(shown[i].Sentence.Text));
        }

        user.AppendLine(EndLine(tag));
        return [new ChatMessage(ChatRole.System, instructions), new ChatMessage(ChatRole.User, user.ToString())];
    }

    private static string Flatten(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries));

    private static string LoadTemplate(string name) => EmbeddedText.Read($"NewsBot.Answering.Prompts.{name}");
}
