using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using NewsBot.Answering;
using NewsBot.Retrieval;

namespace NewsBot.Evaluation;

/// <summary>
/// Runs evaluation questions through the same retrieval and the same kernel function the bot uses, and records for
/// each where the first supporting sentence ranked, whether the answer cited one, and whether every citation quotes
/// its article exactly.
/// </summary>
public sealed class Evaluator(CoverageLibrary library, Kernel kernel)
{
    public const int Depth = 10;

    public async IAsyncEnumerable<QuestionOutcome> RunAsync(IEnumerable<EvaluationQuestion> questions, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);

        using var lease = library.Acquire();
        var index = lease.Index ?? throw new InvalidOperationException("The coverage is not loaded.");
        foreach (var question in questions)
        {
            var started = Stopwatch.GetTimestamp();
            var passages = await index.RetrieveAsync(question.Question, Depth, cancellationToken).ConfigureAwait(false);
            var retrievalMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var rank = passages.Select((p, i) => (p, i)).FirstOrDefault(x => GoldMatcher.Supports(x.p.Sentence.Text, question)) is { p: not null } hit ? hit.i + 1 : (int?)null;

            started = Stopwatch.GetTimestamp();
            var answer = await kernel.InvokeAsync<Answer>(CoveragePlugin.PluginName, CoveragePlugin.AnswerFunction, new KernelArguments { ["question"] = question.Question }, cancellationToken).ConfigureAwait(false)
                ?? Answer.NotCovered(question.Question);
            var answerMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            yield return new QuestionOutcome
            {
                Id = question.Id,
                IsImpossible = question.IsImpossible,
                Kind = question.Kind,
                AnswerKind = AnswerType.Expected(question.Question),
                SupportRank = rank,
                Answered = answer.IsAnswered,
                CitesGold = GoldMatcher.Answers(answer.Citations.Select(c => c.Quote).ToList(), question),
                Citations = answer.Citations.Count,
                ShortAnswer = answer.ShortAnswer,
                ShortAnswerRight = answer.ShortAnswer is not { } shortAnswer ? null
                    : question.IsImpossible ? false
                    : question.Answers.Count > 0 ? GoldMatcher.IsRightShortAnswer(shortAnswer, question) : null,
                AnswerText = answer.Text,
                AnswerChars = answer.IsAnswered ? answer.Text.Length : 0,
                LongestQuoteChars = answer.Citations.Count == 0 ? 0 : answer.Citations.Max(c => c.Quote.Length),
                BrokenCitations = answer.Citations.Count(c => !Resolves(index.Corpus, c)),
                RetrievalMs = retrievalMs,
                TopCoverage = passages.Count > 0 ? passages[0].Coverage : 0,
                TopSimilarity = passages.Count > 0 ? passages[0].Similarity : 0,
                AnswerMs = answerMs,
            };
        }
    }

    /// <summary>True when the citation's quote is exactly the article's text at the cited range.</summary>
    public static bool Resolves(Corpus corpus, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(citation);

        return corpus.FindArticle(citation.ArticleId) is { } article
            && citation.Start >= 0 && citation.End <= article.Text.Length && citation.Start <= citation.End
            && string.Equals(article.Text[citation.Start..citation.End], citation.Quote, StringComparison.Ordinal);
    }
}
