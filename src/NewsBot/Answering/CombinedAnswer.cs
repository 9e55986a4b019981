namespace NewsBot.Answering;

/// <summary>
/// One reply to a question asked in parts (<see cref="QuestionParts"/>).
/// <para>
/// Each part's own answer comes in turn, as the parts of an editor's question are usually held by different
/// articles, and each must be cited; a part the coverage does not answer says so in one line, so the reader sees which
/// half is missing rather than a guess. The question answered whole follows only when a part went unanswered and its
/// lead sentence is not already cited (it may hold the missing part in a sentence that names both). Markers are
/// renumbered to run on, a sentence already cited keeping its first number. The reply is answered when any part (or
/// the whole) is; it has no short answer, as no one value answers it.
/// </para>
/// </summary>
public static class CombinedAnswer
{
    public static Answer Of(string question, Answer whole, IReadOnlyList<(string Part, Answer Answer)> parts)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(parts);

        if (!whole.IsAnswered && !parts.Any(p => p.Answer.IsAnswered))
        {
            return Answer.NotCovered(question);
        }

        var citations = new List<Citation>();
        var texts = new List<string>(parts.Count + 1);
        foreach (var (part, answer) in parts)
        {
            if (answer.IsAnswered)
            {
                Append(answer, citations, texts);
            }
            else
            {
                texts.Add($"The coverage doesn't say: {part}");
            }
        }

        if (whole.IsAnswered && parts.Any(p => !p.Answer.IsAnswered) && !citations.Exists(known => known.SentenceId == whole.Citations[0].SentenceId))
        {
            Append(whole, citations, texts);
        }

        return new Answer { Question = question, Text = string.Join("\n\n", texts), Citations = citations, IsAnswered = true };
    }

    private static void Append(Answer answer, List<Citation> citations, List<string> texts)
    {
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

        texts.Add(CitationVerifier.Markers().Replace(answer.Text, m => $"[{numbers.GetValueOrDefault(int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))}]"));
    }
}
