using Lucene.Net.Analysis;
using NewsBot.Ingestion;
using NewsBot.Ranking;

namespace NewsBot.Retrieval;

/// <summary>
/// The re-ranker's view of one question's candidate pool, gathered as retrieval walks the fused order: each candidate's
/// place in the keyword and vector searches, its analysed terms and those of its context (the headline and the
/// neighbours <see cref="KeywordIndex.ContextNeighbours"/> names, as the context field reads them), then the question's
/// term weights and names, and from them the features (<see cref="RankFeatures"/>). One builder serves one question:
/// every sentence and headline is analysed once however many pool sentences it neighbours.
/// </summary>
internal sealed class RankPoolBuilder
{
    private readonly Analyzer _analyzer;
    private readonly Dictionary<string, (float Score, int Rank)> _keywordRanks;
    private readonly IReadOnlyDictionary<string, int> _vectorRanks;
    private readonly Dictionary<string, HashSet<string>> _analysed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _headlines = new(StringComparer.Ordinal);
    private readonly List<RankCandidate> _candidates;

    /// <param name="keywordHits">The keyword search's hits in its order, with <paramref name="keywordIds"/> their sentence ids.</param>
    /// <param name="vectorRanks">Sentence id → its first place in the vector search.</param>
    public RankPoolBuilder(Analyzer analyzer, IReadOnlyList<KeywordHit> keywordHits, IReadOnlyList<string> keywordIds, IReadOnlyDictionary<string, int> vectorRanks, int capacity)
    {
        _analyzer = analyzer;
        _keywordRanks = keywordHits.Select((h, r) => (Id: keywordIds[r], h.Score, Rank: r)).DistinctBy(x => x.Id).ToDictionary(x => x.Id, x => (x.Score, x.Rank), StringComparer.Ordinal);
        _vectorRanks = vectorRanks;
        _candidates = new List<RankCandidate>(capacity);
    }

    /// <summary>The analysed terms of <paramref name="text"/>, as the index's text field reads them.</summary>
    public static HashSet<string> Terms(Analyzer analyzer, string text) =>
        QueryTerms.Analyze(analyzer, KeywordIndex.TextField, text).ToHashSet(StringComparer.Ordinal);

    /// <summary>A sentence's terms, analysed once a question however many pool sentences it neighbours.</summary>
    public HashSet<string> Analysed(Sentence sentence)
    {
        if (!_analysed.TryGetValue(sentence.Id, out var terms))
        {
            _analysed[sentence.Id] = terms = Terms(_analyzer, sentence.Text);
        }

        return terms;
    }

    /// <summary>Adds the candidate <paramref name="id"/> retrieval made <paramref name="passage"/> of, next in the fused order.</summary>
    public void Add(string id, Passage passage, HashSet<string> sentenceTerms)
    {
        var keyword = _keywordRanks.TryGetValue(id, out var k) ? k : (Score: 0f, Rank: -1);
        _candidates.Add(new RankCandidate
        {
            Passage = passage,
            Keyword = keyword.Score,
            KeywordRank = keyword.Rank,
            VectorRank = _vectorRanks.TryGetValue(id, out var v) ? v : -1,
            SentenceTerms = sentenceTerms,
            Context = Context(passage.Article, passage.Sentence),
        });
    }

    /// <summary>
    /// The features of the candidates added, in their order, for <paramref name="question"/> whose terms weigh
    /// <paramref name="idf"/> and whose background's weigh <paramref name="backgroundIdf"/>.
    /// </summary>
    public float[][] Features(string question, Dictionary<string, double> idf, Dictionary<string, double> backgroundIdf)
    {
        var asked = new RankQuestion
        {
            Weights = idf.Concat(backgroundIdf.Where(b => !idf.ContainsKey(b.Key))).ToDictionary(StringComparer.Ordinal),
            Names = QuestionNames.Of(question).SelectMany(n => Terms(_analyzer, n)).ToHashSet(StringComparer.Ordinal),
            AsksValue = RankFeatures.AsksValue(question),
        };
        return RankFeatures.Of(asked, _candidates);
    }

    /// <summary>
    /// The parts of <see cref="KeywordIndex.Context"/> (headline, the body sentence before, the sentence after) as the
    /// sets analysed once a question, shared with every candidate that reads them rather than copied into one.
    /// </summary>
    private List<IReadOnlySet<string>> Context(Article article, Sentence sentence)
    {
        if (!_headlines.TryGetValue(article.Id, out var headline))
        {
            _headlines[article.Id] = headline = Terms(_analyzer, article.Headline);
        }

        var context = new List<IReadOnlySet<string>>(3) { headline };
        var (before, after) = KeywordIndex.ContextNeighbours(article, sentence);
        if (before >= 0)
        {
            context.Add(Analysed(article.Sentences[before]));
        }

        if (after >= 0)
        {
            context.Add(Analysed(article.Sentences[after]));
        }

        return context;
    }
}
