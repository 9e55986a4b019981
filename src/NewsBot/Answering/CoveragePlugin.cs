using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>
/// The coverage as Semantic Kernel functions. The bot's turns go through these, so an LLM composer (or an agent that
/// plans with tools) plugs into the same place. The extractive composer decides whether the coverage answers at all;
/// when it does and an <see cref="LlmComposer"/> is configured, the model may word the answer over the same passages.
/// A question that asks two things (<see cref="QuestionParts"/>) is answered extractively, whole and part by part
/// (<see cref="CombinedAnswer"/>).
/// </summary>
public sealed class CoveragePlugin(CoverageLibrary library, IOptions<AnsweringOptions> options, LlmComposer? llmComposer = null, LeadModel? leadModel = null)
{
    public const string PluginName = "coverage";
    public const string AnswerFunction = "answer_question";
    public const string SearchFunction = "search_coverage";

    [KernelFunction(SearchFunction)]
    [Description("Finds the sentences of the news coverage most relevant to a query, best first.")]
    public async Task<IReadOnlyList<SearchResult>> SearchAsync(
        [Description("What to look for, in plain words.")] string query,
        [Description("How many sentences to return.")] int count = 10,
        CancellationToken cancellationToken = default)
    {
        using var activity = Telemetry.Source.StartActivity("retrieve");
        using var lease = library.Acquire();
        if (lease.Index is not { } index)
        {
            return [];
        }

        var passages = await index.RetrieveAsync(query, Math.Clamp(count, 1, 50), cancellationToken).ConfigureAwait(false);
        return passages.Select(p => new SearchResult
            {
                SentenceId = p.Sentence.Id,
                Headline = p.Article.Headline,
                Source = p.Article.Source,
                Date = p.Article.Date,
                Text = p.Sentence.Text,
                Score = p.Score,
            })
            .ToList();
    }

    [KernelFunction(AnswerFunction)]
    [Description("Answers a question from the news coverage, citing the exact source sentences; says so when the coverage does not answer it.")]
    public async Task<Answer> AnswerQuestionAsync([Description("The reader's question.")] string question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);

        using var activity = Telemetry.Source.StartActivity("answer");
        using var lease = library.Acquire();
        if (lease.Index is not { } index)
        {
            return Answer.NotCovered(question);
        }

        // Names are read by their capitals, which a question typed all in lower case does not give; a topic typed before
        // it in lower case ("portvale ferry - how many …") is kept apart, as a premise of the answering article.
        (question, var topic) = QuestionFraming.Read(question, typed => Truecaser.Restore(typed, index));

        // A frame ("according to …", "for the … story") is searched for in the statement's context, not asked.
        var (ask, frame) = QuestionFraming.Split(question);
        var passages = await index.RetrieveAsync(QuestionFraming.Searched(ask), frame, options.Value.CandidateCount, cancellationToken).ConfigureAwait(false);
        var model = options.Value.Decision == LeadDecision.Model ? leadModel ?? LeadModel.Default : null;
        var answer = ExtractiveComposer.Compose(question, passages, index.Corpus, options.Value, model, topic);
        var parts = QuestionParts.Of(question);
        if (parts.Count > 1)
        {
            // Each part is answered by its best statement from the extractive composer: parts often sit in different
            // articles. A part is retrieved for what it asks, read against the subject it shares with the others, and
            // composed for its ask alone, so the shared subject neither outweighs the ask nor stands as its premise.
            var partOptions = options.Value.WithMaxStatements(1);
            var answers = new List<(string, Answer)>(parts.Count);
            foreach (var asked in parts)
            {
                var part = QuestionParts.Resolved(asked, parts[0].Ask, answers.Count > 0 && answers[0].Item2.IsAnswered ? answers[0].Item2.Citations[0].Quote : null);
                var found = await index.RetrieveAsync(part.Query, part.SearchBackground, options.Value.CandidateCount, cancellationToken).ConfigureAwait(false);
                answers.Add((part.ToString(), ExtractiveComposer.Compose(part.Core, PartCandidates.Ordered(part.Core, found), index.Corpus, partOptions, model, topic)));
            }

            activity?.SetTag("newsbot.parts", parts.Count);
            return CombinedAnswer.Of(question, answer, answers);
        }

        if (answer.IsAnswered && llmComposer is not null)
        {
            var extractive = answer;
            answer = await llmComposer.ComposeAsync(question, passages, extractive, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("newsbot.composer", ReferenceEquals(answer, extractive) ? "extractive-fallback" : "llm");
        }

        activity?.SetTag("newsbot.citations", answer.Citations.Count);
        activity?.SetStatus(ActivityStatusCode.Ok);
        return answer;
    }
}
