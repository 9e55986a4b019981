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
public sealed class Evaluator(CoverageLibrary library, Kernel kernel, AnsweringOptions? answering = null)
{
    public const int Depth = 10;

    /// <summary>How deep the pool is read for <see cref="QuestionOutcome.PoolRank"/> (untimed).</summary>
    public const int PoolDepth = 200;

    /// <summary>How many articles are ranked for <see cref="QuestionOutcome.ArticleRank"/>.</summary>
    public const int ArticleDepth = 50;

    /// <param name="features">Where to write the lead model's training rows (<see cref="FeatureRows"/>), if anywhere.</param>
    /// <param name="ranks">Where to write the re-ranker's training rows (<see cref="RankRows"/>), if anywhere, with the pool's depth.</param>
    public async IAsyncEnumerable<QuestionOutcome> RunAsync(IEnumerable<EvaluationQuestion> questions, TextWriter? features = null, (TextWriter Writer, int Depth)? ranks = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);

        using var lease = library.Acquire();
        var index = lease.Index ?? throw new InvalidOperationException("The coverage is not loaded.");
        foreach (var question in questions)
        {
            // Retrieved as the bot retrieves it: without a chatty opening, its frame as background.
            var (asked, topic) = QuestionFraming.Read(question.Question, typed => Truecaser.Restore(typed, index));
            var (framedAsk, frame) = QuestionFraming.Split(asked);
            var ask = QuestionFraming.Searched(framedAsk);
            var started = Stopwatch.GetTimestamp();
            var passages = await index.RetrieveAsync(ask, frame, Depth, cancellationToken).ConfigureAwait(false);
            var retrievalMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var rank = passages.Select((p, i) => (p, i)).FirstOrDefault(x => GoldMatcher.Supports(x.p.Sentence.Text, question)) is { p: not null } hit ? hit.i + 1 : (int?)null;

            var pool = await index.RetrieveAsync(ask, frame, PoolDepth, cancellationToken).ConfigureAwait(false);
            var poolRank = pool.Select((p, i) => (p, i)).FirstOrDefault(x => GoldMatcher.Supports(x.p.Sentence.Text, question)) is { p: not null } deep ? deep.i + 1 : (int?)null;
            if (ranks is var (rankWriter, rankDepth))
            {
                foreach (var row in RankRows.Of(question, await index.RankPoolAsync(ask, frame, rankDepth, cancellationToken).ConfigureAwait(false)))
                {
                    await rankWriter.WriteLineAsync(row).ConfigureAwait(false);
                }
            }

            var articles = index.RankArticles(asked, ArticleDepth).Select(a => a.ArticleId).ToList();
            var articleRank = question.ArticleIds.Select(id => articles.IndexOf(id)).Where(i => i >= 0).DefaultIfEmpty(-1).Min() is var a and >= 0 ? a + 1 : (int?)null;

            started = Stopwatch.GetTimestamp();
            var answer = await kernel.InvokeAsync<Answer>(CoveragePlugin.PluginName, CoveragePlugin.AnswerFunction, new KernelArguments { ["question"] = question.Question }, cancellationToken).ConfigureAwait(false)
                ?? Answer.NotCovered(question.Question);
            var answerMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var citesGold = GoldMatcher.Answers(answer.Citations.Select(c => c.Quote).ToList(), question);

            // The candidates exactly as the composer sees them.
            var options = answering ?? new AnsweringOptions();
            var candidates = await index.RetrieveAsync(ask, frame, options.CandidateCount, cancellationToken).ConfigureAwait(false);
            if (features is not null)
            {
                foreach (var row in FeatureRows.Of(question, asked, candidates, options, citesGold))
                {
                    await features.WriteLineAsync(row).ConfigureAwait(false);
                }
            }

            yield return new QuestionOutcome
            {
                Id = question.Id,
                IsImpossible = question.IsImpossible,
                Kind = question.Kind,
                AnswerKind = AnswerType.Expected(question.Question),
                SupportRank = rank,
                PoolRank = poolRank,
                ArticleRank = articleRank,
                Answered = answer.IsAnswered,
                CitesGold = citesGold,
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
                Leads = Verdicts(asked, candidates, options, question, topic),
                Parts = await PartsAsync(index, asked, topic, options, question, cancellationToken).ConfigureAwait(false),
            };
        }
    }

    /// <summary>Each part of a question asked in parts, retrieved and judged as the composer retrieves and judges it.</summary>
    private static async Task<List<PartOutcome>> PartsAsync(CoverageIndex index, string asked, string topic, AnsweringOptions options, EvaluationQuestion question, CancellationToken cancellationToken)
    {
        var parts = QuestionParts.Of(asked);
        var outcomes = new List<PartOutcome>();
        if (parts.Count < 2)
        {
            return outcomes;
        }

        string? firstAnswer = null;
        foreach (var each in parts)
        {
            var part = QuestionParts.Resolved(each, parts[0].Ask, firstAnswer);
            var found = PartCandidates.Ordered(part.Core, await index.RetrieveAsync(part.Query, part.SearchBackground, options.CandidateCount, cancellationToken).ConfigureAwait(false));
            var answer = ExtractiveComposer.Compose(part.Core, found, index.Corpus, options.WithMaxStatements(1), options.Decision == LeadDecision.Model ? LeadModel.Default : null, topic);
            firstAnswer ??= answer.IsAnswered ? answer.Citations[0].Quote : string.Empty;
            outcomes.Add(new PartOutcome
            {
                Ask = part.Query,
                Background = part.SearchBackground,
                AnswerKind = AnswerType.Expected(part.Core),
                GoldRanks = question.Answers
                    .Select(gold => found.Select((p, i) => (p, i)).FirstOrDefault(x => GoldMatcher.Answers([x.p.Sentence.Text], question with { Answers = [gold], NeedsEveryAnswer = true })) is { p: not null } hit ? hit.i + 1 : (int?)null)
                    .ToList(),
                Answered = answer.IsAnswered,
                Leads = Verdicts(part.Core, found, options, question, topic),
            });
        }

        return outcomes;
    }

    /// <summary>Which rule declines or admits each of the composer's lead candidates.</summary>
    private static List<LeadVerdict> Verdicts(string asked, IReadOnlyList<Passage> candidates, AnsweringOptions options, EvaluationQuestion question, string topic)
    {
        var kind = AnswerType.Expected(asked);
        var premises = QuestionPremises.Of(asked, candidates, topic);
        var checks = AskedChecks.Of(asked);
        return candidates.Take(LeadFeatures.LeadCandidates)
            .Select((p, i) => new LeadVerdict
            {
                Rank = i + 1,
                Check = ExtractiveComposer.FailedCheck(p, asked, kind, premises, checks, options),
                Evidence = Math.Round(ExtractiveComposer.Evidence(p, kind, options), 3),
                Coverage = Math.Round(p.Coverage, 3),
                Similarity = Math.Round(p.Similarity, 3),
                Text = p.Sentence.Text,
                Supports = GoldMatcher.Supports(p.Sentence.Text, question),
            })
            .ToList();
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
