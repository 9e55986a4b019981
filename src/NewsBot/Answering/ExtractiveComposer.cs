using NewsBot.Dates;
using NewsBot.Ingestion;
using NewsBot.Retrieval;
using NewsBot.Text;

namespace NewsBot.Answering;

/// <summary>
/// Composes an answer from retrieved sentences only, quoting them verbatim, so every statement is grounded by
/// construction.
/// <para>
/// Selection: a lead candidate that asks a question itself stands for the sentence answering it
/// (<see cref="WithAnswersToQuestions"/>); then the first of the three best passages that holds the question's premises (<see cref="QuestionPremises"/>),
/// offers the kind of value a when or how-many question asks for (<see cref="AnswerType.Offers"/>; in it or in the next
/// sentence of its paragraph when that one refers back with a pronoun, as the statement quotes both), holds what the
/// question asks beyond its words (the kind of figure, a reported event, its actor: <see cref="AskedChecks"/>) and whose evidence
/// E (see <see cref="Evidence"/>) reaches <see cref="AnsweringOptions.MinEvidence"/> may lead, and of those the first that
/// gives what the question prefers (a name it does not give for who, a reason for why: <see cref="LeadIndex"/>) leads; when
/// none does, a sentence of the first one's article that does and passes every check at related evidence leads in its
/// place, and comes first (<see cref="InArticle"/>). Statements
/// are the passages, lead included, that could lead themselves (<see cref="FailedCheck"/>: a sentence without a sum does
/// not answer "how much", wherever it ranks) and score ≥ <see cref="AnsweringOptions.RelativeScore"/> · the lead's score,
/// up to <see cref="AnsweringOptions.MaxStatements"/>; for a question asked in parts, whose checks are its first part's,
/// a statement need only hold the premises and say nothing the question contradicts (<see cref="AskedChecks.Contradicted"/>:
/// another actor, another figure). Given a <see cref="LeadModel"/>
/// (<see cref="AnsweringOptions.Decision"/> = Model), the lead must also be likely right by it, or the coverage is
/// taken not to answer. Each statement brings the sentence a leading pronoun refers to and those continuing it that
/// add to the answer (<see cref="StatementSentences"/>).
/// Statements are read lead first, then in rank order; the sentences of one statement in article order.
/// </para>
/// </summary>
public static class ExtractiveComposer
{
    /// <summary>A pronoun opener, or a connective that adds to what came before.</summary>
    private static readonly string[] AnaphoricOpeners =
    [
        .. StatementSentences.PronounOpeners, "Also ", "In addition", "Moreover", "Furthermore", "At the same time",
    ];

    /// <param name="model">A learned check of the hand rules' lead, which declines it when unlikely to be right; null for the hand rules alone.</param>
    /// <param name="topic">What the question is about, typed before it and left out of it (<see cref="QuestionFraming.Read"/>); a premise of the statement's article.</param>
    public static Answer Compose(string question, IReadOnlyList<Passage> passages, Corpus corpus, AnsweringOptions options, LeadModel? model = null, string topic = "")
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);

        passages = WithAnswersToQuestions(passages);
        var kind = AnswerType.Expected(question);
        var premises = QuestionPremises.Of(question, passages, topic);
        var checks = AskedChecks.Of(question);
        var (leadAt, anchorAt) = Lead(passages, question, kind, premises, checks, options);
        var lead = leadAt >= 0 ? passages[leadAt] : null;

        // The model learned from hybrid retrieval; without embeddings every similarity is 0, which it never saw, so the
        // hand rules decide alone. It reads the lead among the lead candidates, as it learned to; a lead that only a
        // sentence further down gives (ShapeOnly, OnlyAnnounced, Latest) has no row it learned from, and the rules decide
        // that one alone too.
        if (lead is not null && model is not null && passages.Any(p => p.Similarity != 0)
            && LeadFeatures.Of(question, kind, premises, checks, passages, options).FirstOrDefault(f => f.RulesLead) is { } features
            && !model.Holds(features))
        {
            lead = null;
        }

        if (lead is null)
        {
            return Related(question, passages, corpus, kind, options);
        }

        // A statement answers only if it may lead itself, and names no other holder of an office asked in its place (a
        // neighbour's prime minister after the one asked). A question asked in parts is checked by its first part, whose
        // checks would drop every other part's statement; its statements need only not contradict it.
        var asksOneThing = QuestionParts.Of(question).Count < 2;
        bool Answers(Passage passage) => asksOneThing
            ? FailedCheck(passage, question, kind, premises, checks, options) == LeadCheck.None && checks.Holder.HeldBy(passage.Sentence.Text)
            : Evidence(passage, kind, options) >= options.MinEvidence && premises.HeldBy(passage) && !checks.Contradicted(passage.Sentence.Text);
        // The lead comes first, as the answer, even when a higher-ranked candidate that gives less of what is asked is
        // stated after it; a lead from further down its article (InArticle) is, and the rest are measured against the
        // lead candidate it stands in for.
        var deep = anchorAt != leadAt;
        var best = deep ? passages[anchorAt].Score : lead.Score;
        var progress = new AnswerProgress(question);
        var chosen = new List<Sentence>();
        var statements = 0;
        // Asked the latest, the statements after the lead run newest first too.
        var rest = passages.Where(p => !ReferenceEquals(p, lead));
        foreach (var passage in (checks.AsksLatest ? rest.OrderByDescending(p => p.Article.Date) : rest).Prepend(lead))
        {
            if (statements == options.MaxStatements || chosen.Count >= options.MaxCitations)
            {
                break;
            }

            if (chosen.Any(c => SameText(c.Text, passage.Sentence.Text)) || (!ReferenceEquals(passage, lead) && (passage.Score < options.RelativeScore * best || !Answers(passage))))
            {
                continue;
            }

            // A statement that only restates one already given is not quoted, and takes its place among the statements
            // all the same: the coverage has said what it has to say, and a weaker one would only pad the answer.
            if (chosen.Any(c => Restates(c.Text, passage.Sentence.Text)))
            {
                statements++;
                continue;
            }

            var statement = StatementSentences.Of(passage.Article, passage.Sentence, progress).Where(s => !chosen.Contains(s)).ToList();
            if (statement.Count == 0)
            {
                continue;
            }

            chosen.AddRange(statement.Take(options.MaxCitations - chosen.Count));
            statements++;
        }

        var citations = new List<Citation>(chosen.Count);
        var text = new List<string>(chosen.Count);
        foreach (var sentence in chosen)
        {
            // The same sentence reported by other articles is cited with it, not repeated.
            var sources = passages
                .Where(p => p.Sentence.ArticleId != sentence.ArticleId && SameText(p.Sentence.Text, sentence.Text))
                .Select(p => p.Sentence)
                .DistinctBy(s => s.ArticleId)
                .Prepend(sentence)
                .Take(Math.Max(1, options.MaxCitations - citations.Count));
            var markers = string.Empty;
            foreach (var source in sources)
            {
                var citation = Citation.Create(citations.Count + 1, corpus.FindArticle(source.ArticleId)!, source);
                citations.Add(citation);
                markers += $"[{citation.Number}]";
            }

            text.Add($"{Flatten(sentence.Text)} {markers}");
        }

        // The lead's citation, when the lead is among the statements cited.
        var leadNumber = chosen.Contains(lead.Sentence) ? citations.First(c => c.SentenceId == lead.Sentence.Id).Number : (int?)null;

        // A when question's date is the lead's only when the lead tells of what is asked (its predicate, in some form or
        // synonym: "phoned" or "called" for "phone"); a lead that dates something else about the same people may still
        // be the best statement there is, but its day is no answer to show.
        var dated = kind != AnswerKind.Date || checks.Predicate is not { } asked || asked.HeldBy(lead);

        // A when question answered by a day its article names relatively ("on Tuesday") is told which day that is:
        // beside the short answer when that is the very mention, else after the statements.
        var day = kind == AnswerKind.Date && dated && leadNumber is not null ? ResolvedDay.Of(lead.Article, lead.Sentence) : null;

        // For who/when/where/how-many questions, the short answer first, verbatim from the lead sentence.
        var shortAnswer = leadNumber is not null && dated && IsSure(lead, kind, options) && AnswerType.Span(kind, lead.Sentence.Text, question, checks.Value) is { Length: > 0 } span ? span : null;
        var read = day is not null && shortAnswer is not null && shortAnswer.Contains(day.Mention, StringComparison.OrdinalIgnoreCase);
        if (day is not null && !read)
        {
            text.Add($"\n\n{day.Note(leadNumber!.Value)}");
        }

        if (shortAnswer is not null)
        {
            text.Insert(0, read ? $"**{shortAnswer}** [{leadNumber}] ({day!.Reading})\n\n" : $"**{shortAnswer}** [{leadNumber}]\n\n");
            return new Answer { Question = question, Text = text[0] + string.Join(' ', text.Skip(1)), Citations = citations, IsAnswered = true, ShortAnswer = shortAnswer };
        }

        return new Answer { Question = question, Text = string.Join(' ', text), Citations = citations, IsAnswered = true };
    }

    /// <summary>
    /// Which of the first <see cref="LeadFeatures.LeadCandidates"/> passages leads, or -1: the first that may lead
    /// (<see cref="MayLead"/>) and gives what the question prefers (<see cref="AskedChecks.Preferred"/>: a new name for
    /// who, a reason for why), else the first that may lead. Before either, a sentence filling the very slot asked
    /// (<see cref="AskedChecks.FillsSlot"/>: a who question's verb given a new doer in the passive, "an inquiry chaired by
    /// …"; a what question's verb given its object by name), among the candidates or further down the first one's
    /// article (<see cref="InArticle"/>). A pace asked (<see cref="AskedValue.AsksPace"/>) is no
    /// preference: when neither the candidates nor their article tell how soon, none leads. When none may lead, a
    /// candidate further down may stand in (<see cref="OnlyAnnounced"/>, <see cref="ShapeOnly"/>).
    /// </summary>
    internal static int LeadIndex(IReadOnlyList<Passage> passages, string question, AnswerKind kind, QuestionPremises premises, AskedChecks checks, AnsweringOptions options) =>
        Lead(passages, question, kind, premises, checks, options).At;

    /// <summary>
    /// <see cref="LeadIndex"/>, with the lead candidate it stands in for (<see cref="InArticle"/>): itself otherwise;
    /// both -1 when none may lead.
    /// </summary>
    private static (int At, int Anchor) Lead(IReadOnlyList<Passage> passages, string question, AnswerKind kind, QuestionPremises premises, AskedChecks checks, AnsweringOptions options)
    {
        // Each lead candidate's first failed check, read once: which may lead, and, when none may, how they fail.
        var failed = passages.Take(LeadFeatures.LeadCandidates).Select(p => FailedCheck(p, question, kind, premises, checks, options)).ToList();
        var may = passages.Take(LeadFeatures.LeadCandidates).Select((p, i) => (p, i)).Where(x => failed[x.i] == LeadCheck.None).ToList();
        if (may.Count == 0)
        {
            return OnlyAnnounced(passages, failed, question, kind, premises, checks, options) is { } reported
                ? (reported, reported)
                : ShapeOnly(passages, failed, question, kind, premises, checks, options);
        }

        if (checks.AsksLatest)
        {
            var latest = Latest(passages, question, kind, premises, checks, options);
            return (latest, latest);
        }

        var anchor = may[0].i;
        if (checks.AsksSlot)
        {
            var filled = may.FirstOrDefault(x => checks.FillsSlot(x.p.Sentence.Text), (null!, -1)).i;
            if (filled >= 0)
            {
                return (filled, filled);
            }

            if (InArticle(passages, may[0].p, question, kind, premises, checks, options, checks.FillsSlot) is var named and >= 0)
            {
                return (named, anchor);
            }
        }

        var preferred = may.FirstOrDefault(x => checks.Preferred(x.p.Sentence.Text), (null!, -1)).i;
        return preferred >= 0 ? (preferred, preferred)
            : InArticle(passages, may[0].p, question, kind, premises, checks, options, checks.PreferredWithoutCount) is var found and >= 0 ? (found, anchor)
            : checks.Value.AsksPace ? (-1, -1)
            : (anchor, anchor);
    }

    /// <summary>
    /// For a question asking the latest news (<see cref="AskedChecks.AsksLatest"/>), the candidate that may lead and
    /// whose article was published last, from all the candidates retrieved: a story's latest turn seldom repeats the
    /// words of its first, so it ranks below the coverage of the start. The higher-ranked of two from the same day.
    /// Only called when one of the lead candidates may lead, so there is one.
    /// </summary>
    private static int Latest(IReadOnlyList<Passage> passages, string question, AnswerKind kind, QuestionPremises premises, AskedChecks checks, AnsweringOptions options)
    {
        var latest = -1;
        for (var i = 0; i < passages.Count; i++)
        {
            if ((latest < 0 || Nullable.Compare(passages[i].Article.Date, passages[latest].Article.Date) > 0) && MayLead(passages[i], question, kind, premises, checks, options))
            {
                latest = i;
            }
        }

        return latest;
    }

    /// <summary>How far down the candidates one may lead in place of the lead candidates (<see cref="OnlyAnnounced"/>).</summary>
    private const int StandInDepth = 10;

    /// <summary>
    /// When every lead candidate holds the question's words, names and kind of answer but only announces the event
    /// asked (<see cref="LeadCheck.Event"/>: "is expected to decide whether to apply", "will apply"), or, asked about
    /// one still to come, tells only of earlier ones, the story is the right one and the coverage is full of what came
    /// before or after: the first candidate within <see cref="StandInDepth"/>, from any article, that passes every check
    /// at full evidence tells of the very event ("has submitted its application") and leads, or -1 when none does. A
    /// yes/no question's stand-in must hold what is asked, not merely deny something: so far down, a negation ("support
    /// has not faded") is no answer. Null when some candidate fails another check.
    /// </summary>
    /// <param name="failed">The lead candidates' first failed checks (<see cref="FailedCheck(Passage, string, AnswerKind, QuestionPremises, AskedChecks, AnsweringOptions)"/>).</param>
    private static int? OnlyAnnounced(IReadOnlyList<Passage> passages, List<LeadCheck> failed, string question, AnswerKind kind, QuestionPremises premises, AskedChecks checks, AnsweringOptions options)
    {
        if (failed.Count == 0 || failed.Any(f => f != LeadCheck.Event))
        {
            return null;
        }

        for (var i = failed.Count; i < Math.Min(StandInDepth, passages.Count); i++)
        {
            if (FailedCheck(passages[i], question, kind, premises, checks, options) == LeadCheck.None
                && (!checks.YesNo.IsAsked || checks.YesNo.HeldBy(passages[i].Sentence.Text)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// When no lead candidate may lead, the first that fails only by the shape of its answer (no figure or no figure of
    /// the kind asked, no new name or place, itself a question or a credit line) while its evidence, polarity and names
    /// hold is on the right story and about the right people: a sentence of its article further down the candidates
    /// that passes every check at full evidence leads in its place ("The fire swept the ferry on Friday." ranks first;
    /// "It killed 12 passengers." answers). A sentence that counts the very thing a count question asks of
    /// (<see cref="AskedValue.CountsAsked"/>: "from 14 countries" for "how many countries") need only reach
    /// <see cref="AnsweringOptions.RelatedEvidence"/>: the story is settled by the candidates, and the count by its
    /// noun, where the figure's sentence seldom repeats the question's other words. A count question's candidate that
    /// states no figure at all ("Countries sending ships to the drills train for winter war") is on the story too, but any figure would pass its failed
    /// check, so only a sentence counting the very thing asked stands in for it. Both -1 when there is none.
    /// </summary>
    /// <param name="failed">The lead candidates' first failed checks (<see cref="FailedCheck(Passage, string, AnswerKind, QuestionPremises, AskedChecks, AnsweringOptions)"/>).</param>
    private static (int At, int Anchor) ShapeOnly(IReadOnlyList<Passage> passages, List<LeadCheck> failed, string question, AnswerKind kind, QuestionPremises premises, AskedChecks checks, AnsweringOptions options)
    {
        var anchor = -1;
        var figureless = false;
        for (var i = 0; i < failed.Count && anchor < 0; i++)
        {
            if (failed[i] is LeadCheck.ValueKind or LeadCheck.Name or LeadCheck.Question or LeadCheck.Credit || (failed[i] == LeadCheck.Value && checks.Value.Kind == ValueKind.Count))
            {
                anchor = i;
                figureless = failed[i] == LeadCheck.Value;
            }
        }

        if (anchor < 0)
        {
            return (-1, -1);
        }

        for (var i = LeadFeatures.LeadCandidates; i < passages.Count; i++)
        {
            var counts = checks.Value.CountsAsked(passages[i].Sentence.Text);
            if (passages[i].Sentence.ArticleId == passages[anchor].Sentence.ArticleId && (counts || !figureless)
                && FailedCheck(passages[i], question, kind, premises, checks, options, counts ? options.RelatedEvidence : options.MinEvidence) == LeadCheck.None)
            {
                return (i, anchor);
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// A sentence among the candidates, below the full test of a lead, that gives what the question prefers
    /// (<paramref name="preferred"/>) from the article of the lead <paramref name="anchor"/>, which gives it not: or -1. News states an event once, under words the question shares,
    /// and its reason or its people in a sentence of their own ("The minister resigned on Monday. She had lost the
    /// party's confidence."), whose words are fewer. The anchor's article already answers by the full test, so such a
    /// sentence need only reach <see cref="AnsweringOptions.RelatedEvidence"/> and pass every other check; it adds no
    /// answer the coverage would not give, and only chooses which of the article's sentences leads.
    /// </summary>
    private static int InArticle(IReadOnlyList<Passage> passages, Passage anchor, string question, AnswerKind kind, QuestionPremises premises, AskedChecks checks, AnsweringOptions options, Func<string, bool> preferred)
    {
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            if (passage.Sentence.ArticleId == anchor.Sentence.ArticleId
                && preferred(passage.Sentence.Text)
                && FailedCheck(passage, question, kind, premises, checks, options, options.RelatedEvidence) == LeadCheck.None)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The hand rules' test of a lead: evidence ≥ MinEvidence, the question's polarity held, no opposite said (unless the
    /// question is yes/no, for which an opposite answers "no"), its names held, the asked kind of value offered, a yes/no
    /// question's predicate held, opposed or denied, the topic a "what did … say about …" question asks on held
    /// (<see cref="AskedTopic"/>), and what the question asks beyond its words held (<see cref="AskedChecks"/>).
    /// </summary>
    internal static bool MayLead(Passage passage, string question, AnswerKind kind, QuestionPremises premises, AskedChecks checks, AnsweringOptions options) =>
        FailedCheck(passage, question, kind, premises, checks, options) == LeadCheck.None;

    /// <summary>The first of <see cref="MayLead"/>'s tests the passage fails, in the order they are tried; <see cref="LeadCheck.None"/> when it may lead.</summary>
    public static LeadCheck FailedCheck(Passage passage, string question, AnswerKind kind, QuestionPremises premises, AskedChecks checks, AnsweringOptions options) =>
        FailedCheck(passage, question, kind, premises, checks, options, options.MinEvidence);

    private static LeadCheck FailedCheck(Passage passage, string question, AnswerKind kind, QuestionPremises premises, AskedChecks checks, AnsweringOptions options, double minEvidence)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(premises);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(options);

        var text = passage.Sentence.Text;
        var valued = WithContinuation(passage);
        return Evidence(passage, kind, options) < minEvidence ? LeadCheck.Evidence
            : Asks(text) ? LeadCheck.Question
            : PageFurniture.StatesNothing(text) ? LeadCheck.Credit
            : !premises.PolarityHeldBy(text) ? LeadCheck.Polarity
            : !checks.YesNo.IsAsked && premises.Opposes(text) ? LeadCheck.Opposite
            : !premises.NamesHeldBy(passage) ? LeadCheck.Names
            : !AnswerType.Offers(kind, valued, question) ? LeadCheck.Value
            : checks.YesNo.IsAsked && !checks.YesNo.HeldBy(text, premises.Opposes(text) || AskedYesNo.Denies(text, checks.Actor)) ? LeadCheck.Predicate
            : checks.Doing is { } doing && !doing.AffirmedBy(passage, inSentence: checks.Actor.Target.Length > 0) ? LeadCheck.Predicate
            : checks.Counting is { } counting && !counting.HeldBy(passage) && !checks.Value.CountsAsked(valued) ? LeadCheck.Predicate
            : !checks.Topic.HeldBy(passage) ? LeadCheck.Topic
            : checks.FailedBy(text, passage.Article.Date, valued);
    }

    /// <summary>
    /// The sentence with the next one when that one opens with a pronoun referring back to it: news often states an
    /// event and then its figure ("A fire swept through the ferry. It killed 12 passengers."), and the statement quotes
    /// both (<see cref="StatementSentences"/>), so the value asked may stand in either.
    /// </summary>
    private static string WithContinuation(Passage passage)
    {
        var sentences = passage.Article.Sentences;
        var next = passage.Sentence.Ordinal + 1;
        return next < sentences.Count && sentences[next].Paragraph == passage.Sentence.Paragraph && StatementSentences.OpensWithPronoun(sentences[next])
            ? $"{passage.Sentence.Text} {sentences[next].Text}"
            : passage.Sentence.Text;
    }

    /// <summary>
    /// The passages with each lead candidate that asks a question itself standing for the sentence after it, which
    /// answers it: an explainer's heading ("What is the Harbour Safety Directive?") and the paragraph under it, a
    /// rhetorical question and the writer's answer, a quoted question and the reply ("… and asked: “Is the quay safe?”
    /// The harbour master said the quay was safe …"). The answer takes the question's place and evidence, since the words the
    /// search matched are the question's, and is checked as any candidate is. A question whose next sentence is another
    /// question, page furniture, or in another paragraph when the question does not stand alone as a heading keeps its
    /// place, and may not lead.
    /// </summary>
    internal static IReadOnlyList<Passage> WithAnswersToQuestions(IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);

        List<Passage>? answered = null;
        for (var i = 0; i < Math.Min(LeadFeatures.LeadCandidates, passages.Count); i++)
        {
            if (Asks(passages[i].Sentence.Text) && AnswerTo(passages[i]) is { } answer)
            {
                answered ??= [.. passages];
                answered[i] = passages[i] with { Sentence = answer };
            }
        }

        return answered ?? passages;
    }

    /// <summary>
    /// The sentence answering the question <paramref name="asking"/> states: the next one in its paragraph, or the first
    /// of the next when the question stands alone, which takes up a word of the question itself (the quoted one, or
    /// what follows a colon): "Is the quay safe?" is answered by "… said the quay was safe", while a referendum's question quoted
    /// as news is followed by a sentence about it, and a quiz's by its choices. Null when there is none.
    /// </summary>
    private static Sentence? AnswerTo(Passage asking)
    {
        var sentences = asking.Article.Sentences;
        var at = asking.Sentence.Ordinal;
        if (at + 1 >= sentences.Count)
        {
            return null;
        }

        var next = sentences[at + 1];
        var alone = next.Paragraph != asking.Sentence.Paragraph && (at == 0 || sentences[at - 1].Paragraph != asking.Sentence.Paragraph);
        var text = asking.Sentence.Text.TrimEnd().TrimEnd('"', '”', '’', '\'', ')');
        var asked = text[(text.LastIndexOfAny(['“', '"', '‘', ':']) + 1)..];
        return next.Role == SentenceRole.Body && (next.Paragraph == asking.Sentence.Paragraph || alone) && !Asks(next.Text) && !PageFurniture.IsCreditLine(next.Text)
            && ContentWords.Of(asked).Overlaps(ContentWords.Of(next.Text))
            ? next
            : null;
    }

    /// <summary>
    /// True when <paramref name="text"/> is itself a question ("Could the talks collapse?", "He asked: “Why now?”"); an
    /// editor's note in brackets ("[source?]") asks nothing of the reader.
    /// </summary>
    internal static bool Asks(string text) => text.AsSpan().TrimEnd().TrimEnd("\"”’')".AsSpan()).EndsWith("?", StringComparison.Ordinal);

    /// <summary>Whether the lead is strong enough evidence to show its value as a bold short answer for this kind (see <see cref="AnsweringOptions.ShortAnswers"/>).</summary>
    private static bool IsSure(Passage lead, AnswerKind kind, AnsweringOptions options) =>
        options.ShortAnswers.TryGetValue(kind, out var gate) && gate.Admits(lead.Coverage, lead.Similarity);

    /// <summary>
    /// How strongly a passage answers: E = C + b·[answer type matches] + d·D + w·max(0, cos − c₀), with C the keyword
    /// coverage, b = <see cref="AnsweringOptions.AnswerTypeBonus"/>, D the date match with the question and
    /// d = <see cref="AnsweringOptions.DateMatchBonus"/>, w = <see cref="AnsweringOptions.SimilarityWeight"/>
    /// and c₀ = <see cref="AnsweringOptions.SimilarityFloor"/>. The coverage answers when E ≥ MinEvidence.
    /// </summary>
    public static double Evidence(Passage passage, AnswerKind kind, AnsweringOptions options)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(options);

        var type = kind != AnswerKind.Other && AnswerType.Holds(kind, passage.Sentence.Text) ? options.AnswerTypeBonus : 0;
        return passage.Coverage + type + (options.DateMatchBonus * passage.DateMatch) + (options.SimilarityWeight * Math.Max(0, passage.Similarity - options.SimilarityFloor));
    }

    /// <summary>
    /// The coverage does not answer; if its best sentence still has some evidence (≥ <see cref="AnsweringOptions.RelatedEvidence"/>),
    /// it is offered, labelled as related rather than as the answer.
    /// </summary>
    private static Answer Related(string question, IReadOnlyList<Passage> passages, Corpus corpus, AnswerKind kind, AnsweringOptions options)
    {
        var notCovered = Answer.NotCovered(question);
        if (passages.Count == 0 || Evidence(passages[0], kind, options) < options.RelatedEvidence)
        {
            return notCovered;
        }

        var related = passages[0];
        var citation = Citation.Create(1, corpus.FindArticle(related.Sentence.ArticleId)!, related.Sentence);
        return notCovered with
        {
            Text = $"{notCovered.Text}\n\nThe closest the coverage comes, which is related but does not answer it: {Flatten(related.Sentence.Text)} [1]",
            Citations = [citation],
        };
    }

    /// <summary>
    /// True when two sentences say the same thing word for word, or so nearly that a reader would take the second for a
    /// repeat: the same figures, and at least <see cref="NearDuplicate"/> of the words of both in common (one agency story
    /// run by two outlets, "Lunde also said the ferry …" and "Vardo's mayor, Kari Lunde, said the ferry …", "centre" and
    /// "center"). The second is cited with the first, not stated again.
    /// </summary>
    private static bool SameText(string a, string b)
    {
        if (string.Equals(Flatten(a), Flatten(b), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var (first, second) = (Words(a), Words(b));
        if (first.Count == 0 || second.Count == 0 || !first.Where(IsFigure).ToHashSet(StringComparer.Ordinal).SetEquals(second.Where(IsFigure)))
        {
            return false;
        }

        var shared = first.Count(second.Contains);
        return shared >= NearDuplicate * (first.Count + second.Count - shared);
    }

    /// <summary>
    /// True when <paramref name="later"/> says nothing <paramref name="earlier"/> does not: each of its figures, and at
    /// least <see cref="NearDuplicate"/> of its words, are in the earlier one ("The ferry sank off Vardo on Monday." after
    /// "The ferry, built in Bergen, sank off Vardo on Monday, the coastguard said."). Stated again it only lengthens the
    /// answer; unlike <see cref="SameText"/> it is not the same quote, so it is not cited with the earlier one either.
    /// </summary>
    private static bool Restates(string earlier, string later)
    {
        var (first, second) = (Words(earlier), Words(later));
        return second.Count > 0 && second.Where(IsFigure).All(first.Contains) && second.Count(first.Contains) >= NearDuplicate * second.Count;
    }

    private static HashSet<string> Words(string text) => WordRuns.Of(text).Select(r => text.Substring(r.Start, r.Length).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private static bool IsFigure(string word) => word.Any(char.IsDigit);

    /// <summary>The share of two sentences' distinct words they must have in common to be one statement (<see cref="SameText"/>).</summary>
    private const double NearDuplicate = 0.8;

    /// <summary>True when a sentence leans on the one before it ("They also impose…", "The proposed measures include…").</summary>
    public static bool IsContinuation(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        var text = StatementSentences.PastTimeOpener(sentence.Text.TrimStart('"', '“', '‘', '\''));
        if (sentence.Role != SentenceRole.Body)
        {
            return false;
        }

        if (AnaphoricOpeners.Any(o => text.StartsWith(o, StringComparison.Ordinal)))
        {
            return true;
        }

        // "The proposed measures…": a definite description of something already introduced.
        return text.StartsWith("The ", StringComparison.Ordinal) && text.Length > 4 && char.IsLower(text[4]);
    }

    private static string Flatten(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
