using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>
/// Suggests what to ask next after an answered question, and only what the coverage can answer. Candidates come from
/// the sentences beside the cited ones (same article, nearest first), then from highly ranked sentences the answer
/// left out (<see cref="SuggestionTemplates"/>). Each candidate goes through the same <c>answer_question</c> function
/// the bot uses and is kept only if that answers it citing a sentence the answer did not, and one no earlier
/// suggestion leads to. At most <see cref="AnsweringOptions.MaxSuggestionAttempts"/> candidates are tried. Questions to
/// start a conversation with are found the same way (<see cref="SuggestStartersAsync"/>).
/// </summary>
public sealed class FollowUpSuggester(CoverageLibrary library, Kernel kernel, IOptions<AnsweringOptions> options)
{
    private static readonly int[] Neighbours = [1, -1, 2, -2];

    /// <summary>Starters come from the opening body sentences of the newest articles.</summary>
    private const int StarterArticles = 10;
    private const int StarterSentences = 3;

    /// <summary>
    /// Starters depend only on the loaded coverage, so they are worked out once per index (each costs several answers
    /// and a sort of the articles by date), not on every greeting and <c>help</c>; a reload brings a new index.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CoverageIndex, IReadOnlyList<string>> Starters = [];

    public async Task<IReadOnlyList<string>> SuggestAsync(Answer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);

        if (!answer.IsAnswered || options.Value.MaxSuggestions == 0)
        {
            return [];
        }

        using var lease = library.Acquire();
        if (lease.Index is not { } index)
        {
            return [];
        }

        var cited = answer.Citations.Select(c => c.SentenceId).ToHashSet(StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in answer.Citations.Select(c => c.Quote).Append(answer.Question))
        {
            known.UnionWith(KeyTerms.Names(text));
            known.UnionWith(KeyTerms.Dates(text));
        }

        var sources = await SourcesAsync(answer, index, cited, cancellationToken).ConfigureAwait(false);
        return await PickAsync(sources, known, cited, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Questions to start with, for <c>help</c> and the greeting: built the same way from the opening body sentences
    /// of the newest articles, and kept only if the coverage answers them.
    /// </summary>
    public async Task<IReadOnlyList<string>> SuggestStartersAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.MaxSuggestions == 0)
        {
            return [];
        }

        using var lease = library.Acquire();
        if (lease.Index is not { } index)
        {
            return [];
        }

        if (Starters.TryGetValue(index, out var known))
        {
            return known;
        }

        var sources = index.Corpus.Articles
            .OrderByDescending(a => a.Date)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(StarterArticles)
            .SelectMany(a => a.Sentences.Where(s => s.Role == SentenceRole.Body).Take(StarterSentences));
        var starters = await PickAsync(sources, new HashSet<string>(StringComparer.OrdinalIgnoreCase), new HashSet<string>(), cancellationToken).ConfigureAwait(false);
        Starters.AddOrUpdate(index, starters);
        return starters;
    }

    /// <summary>
    /// The first answerable candidates from <paramref name="sources"/>, at most one per source sentence, each citing a
    /// sentence outside <paramref name="cited"/> that no earlier suggestion leads to.
    /// </summary>
    private async Task<IReadOnlyList<string>> PickAsync(IEnumerable<Sentence> sources, HashSet<string> known, HashSet<string> cited, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var suggestions = new List<string>(settings.MaxSuggestions);
        var leads = new HashSet<string>(StringComparer.Ordinal);
        var attempts = 0;
        foreach (var source in sources)
        {
            foreach (var candidate in SuggestionTemplates.For(source.Text, known))
            {
                if (suggestions.Contains(candidate, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (attempts++ == settings.MaxSuggestionAttempts)
                {
                    return suggestions;
                }

                var reply = await kernel.InvokeAsync<Answer>(
                    CoveragePlugin.PluginName,
                    CoveragePlugin.AnswerFunction,
                    new KernelArguments { ["question"] = candidate },
                    cancellationToken).ConfigureAwait(false);
                if (reply is { IsAnswered: true } && reply.Citations.FirstOrDefault(c => !cited.Contains(c.SentenceId)) is { } fresh && leads.Add(fresh.SentenceId))
                {
                    suggestions.Add(candidate);
                    if (suggestions.Count == settings.MaxSuggestions)
                    {
                        return suggestions;
                    }

                    break;
                }
            }
        }

        return suggestions;
    }

    private async Task<List<Sentence>> SourcesAsync(Answer answer, CoverageIndex index, HashSet<string> cited, CancellationToken cancellationToken)
    {
        var sources = new List<Sentence>();
        void Add(Sentence? sentence)
        {
            if (sentence is { Role: SentenceRole.Body } && !cited.Contains(sentence.Id) && !sources.Contains(sentence))
            {
                sources.Add(sentence);
            }
        }

        foreach (var offset in Neighbours)
        {
            foreach (var citation in answer.Citations)
            {
                Add(index.Corpus.FindSentence(citation.ArticleId, citation.SentenceOrdinal + offset));
            }
        }

        var passages = await index.RetrieveAsync(answer.Question, options.Value.CandidateCount, cancellationToken).ConfigureAwait(false);
        foreach (var passage in passages)
        {
            Add(passage.Sentence);
        }

        return sources;
    }
}
