using System.Text.RegularExpressions;

namespace NewsBot.Answering;

/// <summary>
/// One reply to a question asked in parts (<see cref="QuestionParts"/>): each part's answer in turn, its markers
/// renumbered so they run on from the part before, a sentence already cited keeping its first number. A part the
/// coverage does not answer says so in one line, so the reader sees which half is missing rather than a guess. The
/// whole is answered when any part is; it has no short answer, as no one value answers it.
/// </summary>
public static partial class CombinedAnswer
{
    public static Answer Of(string question, IReadOnlyList<(string Part, Answer Answer)> parts)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(parts);

        if (!parts.Any(p => p.Answer.IsAnswered))
        {
            return Answer.NotCovered(question);
        }

        var citations = new List<Citation>();
        var texts = new List<string>(parts.Count);
        foreach (var (part, answer) in parts)
        {
            if (!answer.IsAnswered)
            {
                texts.Add($"The coverage doesn't say: {part}");
                continue;
            }

            var numbers = new Dictionary<int, int>();
            foreach (var citation in answer.Citations)
            {
                var existing = citations.Find(c => c.SentenceId == citation.SentenceId);
                if (existing is null)
                {
                    existing = citation with { Number = citations.Count + 1 };
                    citations.Add(existing);
                }

                numbers[citation.Number] = existing.Number;
            }

            texts.Add(Marker().Replace(answer.Text, m => $"[{numbers.GetValueOrDefault(int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))}]"));
        }

        return new Answer { Question = question, Text = string.Join("\n\n", texts), Citations = citations, IsAnswered = true };
    }

    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
