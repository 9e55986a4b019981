using System.Collections.Frozen;
using NewsBot.Ingestion;
using NewsBot.Names;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>
/// What the composer knows about one candidate lead when it decides whether the coverage answers: the signals the hand
/// rules read (coverage, similarity, answer type, date, premises) and where the candidate stands among the others
/// (rank, score and margins to the rest of the <see cref="LeadCandidates"/>). <c>eval --features</c> writes them, in
/// the order of <see cref="Names"/>, with a label to train on; <see cref="LeadModel"/> reads those it was trained on.
/// </summary>
public sealed record LeadFeatures
{
    /// <summary>How many of the best-ranked passages may lead an answer.</summary>
    public const int LeadCandidates = 3;

    /// <summary>The names of <see cref="ToVector"/>'s values, in order (the header of a feature file and of a model).</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "coverage", "similarity", "date_match", "type_holds", "answer_kind", "offers_value", "names_held", "polarity_held", "opposes",
        "evidence", "rank", "score_ratio", "score_margin", "coverage_gap", "similarity_gap", "role", "position",
        "sentence_words", "question_words", "question_names", "question_negated", "continuation", "sentence_names",
        "sentence_entities", "other_entities", "value_found", "rules_lead", "value_kind_held", "event_reported", "actor_held", "figures_held", "predicate_held",
    ];

    private static readonly FrozenDictionary<string, int> Columns = Names.Select((name, i) => (name, i)).ToFrozenDictionary(x => x.name, x => x.i, StringComparer.Ordinal);

    public required double Coverage { get; init; }

    public required double Similarity { get; init; }

    public required double DateMatch { get; init; }

    /// <summary>The sentence holds the kind of value the question asks for (a date for "when", …).</summary>
    public required bool TypeHolds { get; init; }

    public required AnswerKind Kind { get; init; }

    /// <summary><see cref="AnswerType.Offers"/>: a when/how-many question meets a date/number it does not name itself.</summary>
    public required bool OffersValue { get; init; }

    /// <summary>The statement's context holds the names the question asks about (<see cref="QuestionPremises.NamesHeldBy"/>).</summary>
    public required bool NamesHeld { get; init; }

    /// <summary>A negated question meets a sentence that negates or refuses; any other question always holds.</summary>
    public required bool PolarityHeld { get; init; }

    /// <summary>The sentence says the opposite of a word the question asks with (<see cref="QuestionPremises.Opposes"/>).</summary>
    public required bool Opposes { get; init; }

    /// <summary>The hand-weighted evidence (<see cref="ExtractiveComposer.Evidence"/>).</summary>
    public required double Evidence { get; init; }

    /// <summary>Zero-based rank among the retrieved passages.</summary>
    public required int Rank { get; init; }

    /// <summary>Score over the best passage's score.</summary>
    public required double ScoreRatio { get; init; }

    /// <summary>(score − next passage's score) / best score; 0 for the last passage.</summary>
    public required double ScoreMargin { get; init; }

    /// <summary>Coverage minus the best coverage among the other lead candidates.</summary>
    public required double CoverageGap { get; init; }

    /// <summary>Similarity minus the best similarity among the other lead candidates.</summary>
    public required double SimilarityGap { get; init; }

    public required SentenceRole Role { get; init; }

    /// <summary>Where the sentence sits in its article, 0 (first) to 1 (last).</summary>
    public required double Position { get; init; }

    public required int SentenceWords { get; init; }

    public required int QuestionWords { get; init; }

    /// <summary>How many names and countries the question asks about.</summary>
    public required int QuestionNames { get; init; }

    public required bool QuestionNegated { get; init; }

    /// <summary>The sentence leans on the one before it (<see cref="ExtractiveComposer.IsContinuation"/>).</summary>
    public required bool Continuation { get; init; }

    /// <summary>Share of the question's names (other than countries and institutions) the sentence itself holds; 1 when it names none.</summary>
    public required double SentenceNames { get; init; }

    /// <summary>Share of the countries and institutions the question names that the sentence itself names in some form; 1 when it names none.</summary>
    public required double SentenceEntities { get; init; }

    /// <summary>How many countries or institutions the sentence names that the question does not (a swapped entity).</summary>
    public required int OtherEntities { get; init; }

    /// <summary>The sentence holds one value of the kind asked for that <see cref="AnswerType.Span"/> would give as the answer.</summary>
    public required bool ValueFound { get; init; }

    /// <summary>The hand rules lead with this candidate: the first of the candidates with evidence ≥ MinEvidence that holds the premises and offers a value.</summary>
    public required bool RulesLead { get; init; }

    /// <summary>The sentence states a figure of the finer kind asked (<see cref="AskedValue"/>); true when none is asked.</summary>
    public required bool ValueKindHeld { get; init; }

    /// <summary>The sentence may report the past event asked about rather than only announce it (<see cref="AskedEvent"/>).</summary>
    public required bool EventReported { get; init; }

    /// <summary>The sentence reports no other actor doing what the question's actor is asked about (<see cref="AskedActor"/>).</summary>
    public required bool ActorHeld { get; init; }

    /// <summary>The sentence swaps none of the question's exact figures for another of its form (<see cref="AskedFigures"/>).</summary>
    public required bool FiguresHeld { get; init; }

    /// <summary>The statement's context holds what the question asks happened, in some form or synonym (<see cref="AskedPredicate"/>); true when the question asks no predicate.</summary>
    public bool PredicateHeld { get; init; } = true;

    /// <summary>The signals of each of the first <paramref name="count"/> passages, in rank order.</summary>
    public static IReadOnlyList<LeadFeatures> Of(string question, IReadOnlyList<Passage> passages, AnsweringOptions options, int count = LeadCandidates)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(options);

        // Read as the composer reads them: a candidate that asks a question stands for its answer.
        passages = ExtractiveComposer.WithAnswersToQuestions(passages);
        return Of(question, AnswerType.Expected(question), QuestionPremises.Of(question, passages), AskedChecks.Of(question), passages, options, count);
    }

    /// <param name="passages">The passages as the composer reads them (<see cref="ExtractiveComposer.WithAnswersToQuestions"/>).</param>
    internal static IReadOnlyList<LeadFeatures> Of(string question, AnswerKind kind, QuestionPremises premises, AskedChecks checks, IReadOnlyList<Passage> passages, AnsweringOptions options, int count = LeadCandidates)
    {
        var candidates = passages.Take(count).ToList();
        var best = passages.Count > 0 && passages[0].Score > 0 ? passages[0].Score : 1;
        var questionWords = KeyTerms.Words(question).Count;
        var questionNames = premises.Names.Count + premises.Entities.Count;
        var asked = premises.Entities.SelectMany(m => m.Entities).ToHashSet();
        var rulesLead = ExtractiveComposer.LeadIndex(candidates, question, kind, premises, checks, options);

        // Read only here, for the features: as a premise it declined far too many answerable questions (docs/EVALUATION.md).
        var predicate = AskedPredicate.Of(question);
        return candidates.Select((p, i) =>
        {
            var text = p.Sentence.Text;
            var others = candidates.Where((_, j) => j != i).ToList();
            var sentences = p.Article.Sentences.Count;
            return new LeadFeatures
            {
                Coverage = p.Coverage,
                Similarity = p.Similarity,
                DateMatch = p.DateMatch,
                TypeHolds = kind != AnswerKind.Other && AnswerType.Holds(kind, text),
                Kind = kind,
                OffersValue = AnswerType.Offers(kind, text, question),
                NamesHeld = premises.NamesHeldBy(p),
                PolarityHeld = premises.PolarityHeldBy(text),
                Opposes = premises.Opposes(text),
                Evidence = ExtractiveComposer.Evidence(p, kind, options),
                Rank = i,
                ScoreRatio = p.Score / best,
                ScoreMargin = i + 1 < passages.Count ? (p.Score - passages[i + 1].Score) / best : 0,
                CoverageGap = others.Count > 0 ? p.Coverage - others.Max(o => o.Coverage) : 0,
                SimilarityGap = others.Count > 0 ? p.Similarity - others.Max(o => o.Similarity) : 0,
                Role = p.Sentence.Role,
                Position = sentences > 1 ? (double)p.Sentence.Ordinal / (sentences - 1) : 0,
                SentenceWords = KeyTerms.Words(text).Count,
                QuestionWords = questionWords,
                QuestionNames = questionNames,
                QuestionNegated = premises.IsNegated,
                Continuation = ExtractiveComposer.IsContinuation(p.Sentence),
                SentenceNames = Share(premises.Names, n => ContentWords.Of(text).Any(w => w.StartsWith(n, StringComparison.Ordinal))),
                SentenceEntities = Share(premises.Entities, m => NameCatalog.Holds(text, m)),
                OtherEntities = NameCatalog.Default.Find(text).Count(m => m.IsCapitalised && !m.Entities.Any(asked.Contains)),
                ValueFound = kind != AnswerKind.Other && AnswerType.Span(kind, text, question, checks.Value) is { Length: > 0 },
                RulesLead = i == rulesLead,
                ValueKindHeld = checks.Value.HeldBy(text),
                EventReported = checks.Event.HeldBy(text, p.Article.Date),
                ActorHeld = checks.Actor.HeldBy(text),
                FiguresHeld = checks.Figures.HeldBy(text),
                PredicateHeld = predicate?.HeldBy(p) ?? true,
            };
        }).ToList();
    }

    /// <summary>Where the feature named <paramref name="name"/> stands in <see cref="ToVector"/>.</summary>
    public static int IndexOf(string name) => Columns[name];

    /// <summary>The values in the order of <see cref="Names"/>; flags are 0 or 1, enums their number.</summary>
    public float[] ToVector() =>
    [
        (float)Coverage, (float)Similarity, (float)DateMatch, Flag(TypeHolds), (float)Kind, Flag(OffersValue), Flag(NamesHeld),
        Flag(PolarityHeld), Flag(Opposes), (float)Evidence, Rank, (float)ScoreRatio, (float)ScoreMargin, (float)CoverageGap,
        (float)SimilarityGap, (float)Role, (float)Position, SentenceWords, QuestionWords, QuestionNames, Flag(QuestionNegated),
        Flag(Continuation), (float)SentenceNames, (float)SentenceEntities, OtherEntities, Flag(ValueFound), Flag(RulesLead),
        Flag(ValueKindHeld), Flag(EventReported), Flag(ActorHeld), Flag(FiguresHeld), Flag(PredicateHeld),
    ];

    private static double Share<T>(IReadOnlyList<T> items, Func<T, bool> held) => items.Count == 0 ? 1 : (double)items.Count(held) / items.Count;

    private static float Flag(bool value) => value ? 1 : 0;
}
