namespace NewsBot.Answering;

/// <summary>
/// One reply to a question asked in parts (<see cref="QuestionParts"/>).
/// <para>
/// When the question answered whole is answered, that answer leads, and each part's own answer follows only if its
/// lead sentence is not already cited (the part another article holds). Otherwise each part's answer comes in
/// turn, and a part the coverage does not answer says so in one line, so the reader sees which half is missing
/// rather than a guess. Markers are renumbered to run on, a sentence already cited keeping its first number. The reply
/// is answered when any part is; it has no short answer, as no one value answers it.
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
        if (whole.IsAnswered)
        {
            Append(whole, citations, texts);
        }

        foreach (var (part, answer) in parts)
        {
            if (!answer.IsAnswered)
            {
                if (!whole.IsAnswered)
                {
                    texts.Add($"The coverage doesn't say: {part}");
                }

                continue;
            }

            if (!whole.IsAnswered || !citations.Exists(known => known.SentenceId == answer.Citations[0].SentenceId))
            {
                Append(answer, citations, texts);
            }
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
