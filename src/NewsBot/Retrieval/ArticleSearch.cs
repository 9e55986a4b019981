using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsBot.Retrieval;

/// <summary>
/// Scores whole articles for a question from the sentence index's own postings, an article being the bag of its
/// sentences' terms (the headline is one of them). BM25 over articles:
/// <c>A(q, a) = Σ_t w_t · idf(t) · tf(t,a)·(k1+1) / (tf(t,a) + k1·(1 − b + b·|a|/avg|a|))</c>, where tf(t,a) sums the
/// term's frequency over the article's sentences, |a| is the article's length in sentences,
/// idf(t) = ln(1 + (N − df(t) + 0.5)/(df(t) + 0.5)) counts articles (N of them, df(t) holding t), w_t is the term's
/// weight (1 for a word the question asks, less for background or another form of a name), k1 = 1.2, b = 0.75.
/// A news sentence rarely repeats its subject ("the deal was signed" under a headline naming the treaty); the article
/// as a whole does, so this finds the article a sentence-level search misses.
/// <para>
/// A term held by more than <c>maxDocs</c> sentences is skipped: its idf is small and its postings long, and the work
/// per question then grows with the rarer terms' postings, as in <see cref="KeywordIndex.Search"/>. An article's live
/// sentences sit in one segment (it is added, and replaced, as one block), so (segment, the ordinal of its id in that
/// segment's id column) names it, scores are kept in arrays by that ordinal, and ids are read only for the articles
/// returned.
/// </para>
/// </summary>
internal static class ArticleSearch
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Per segment: the id column and, by its ordinal, the article's live sentences.</summary>
    internal sealed record Segment(SortedDocValues Ids, int[] Sentences);

    /// <summary>The id column of each segment of <paramref name="reader"/> and the live sentences of each article in it.</summary>
    public static Segment[] Segments(IndexReader reader, string articleField)
    {
        ArgumentNullException.ThrowIfNull(reader);

        var leaves = reader.Leaves;
        var segments = new Segment[leaves.Count];
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            var atomic = leaves[leaf].AtomicReader;
            var ids = FieldCache.DEFAULT.GetTermsIndex(atomic, articleField);
            var sentences = new int[ids.ValueCount];
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if ((live is null || live.Get(doc)) && ids.GetOrd(doc) is var ordinal and >= 0)
                {
                    sentences[ordinal]++;
                }
            }

            segments[leaf] = new Segment(ids, sentences);
        }

        return segments;
    }

    public static IReadOnlyList<(string ArticleId, double Score)> Rank(
        IndexReader reader,
        Segment[] segments,
        string textField,
        IReadOnlyList<(string Term, double Weight)> terms,
        int count,
        int maxDocs)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(terms);

        var articles = segments.Sum(s => s.Sentences.Count(n => n > 0));
        if (terms.Count == 0 || count <= 0 || articles == 0)
        {
            return [];
        }

        var average = (double)reader.NumDocs / articles;
        var leaves = reader.Leaves;
        var scores = new double[segments.Length][];
        var frequencies = new int[segments.Length][];
        var touched = new List<(int Leaf, int Ordinal)>();
        var scored = new List<(int Leaf, int Ordinal)>();
        foreach (var (term, weight) in terms)
        {
            var key = new Term(textField, term);
            if (reader.DocFreq(key) is var held && (held == 0 || held > maxDocs))
            {
                continue;
            }

            touched.Clear();
            for (var leaf = 0; leaf < leaves.Count; leaf++)
            {
                var atomic = leaves[leaf].AtomicReader;
                var docs = atomic.GetTermDocsEnum(key);
                if (docs is null)
                {
                    continue;
                }

                var ids = segments[leaf].Ids;
                var tf = frequencies[leaf] ??= new int[ids.ValueCount];
                var live = atomic.LiveDocs;
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if ((live is null || live.Get(doc)) && ids.GetOrd(doc) is var ordinal and >= 0)
                    {
                        if (tf[ordinal] == 0)
                        {
                            touched.Add((leaf, ordinal));
                        }

                        tf[ordinal] += docs.Freq;
                    }
                }
            }

            var idf = Math.Log(1 + ((articles - touched.Count + 0.5) / (touched.Count + 0.5)));
            foreach (var (leaf, ordinal) in touched)
            {
                var tf = frequencies[leaf][ordinal];
                frequencies[leaf][ordinal] = 0;
                var leafScores = scores[leaf] ??= new double[segments[leaf].Ids.ValueCount];
                if (leafScores[ordinal] == 0)
                {
                    scored.Add((leaf, ordinal));
                }

                var norm = K1 * (1 - B + (B * segments[leaf].Sentences[ordinal] / average));
                leafScores[ordinal] += weight * idf * tf * (K1 + 1) / (tf + norm);
            }
        }

        var bytes = new BytesRef();
        return scored
            .Distinct()
            .Select(a => (a.Leaf, a.Ordinal, Score: scores[a.Leaf][a.Ordinal]))
            .OrderByDescending(a => a.Score)
            .ThenBy(a => a.Leaf)
            .ThenBy(a => a.Ordinal)
            .Take(count)
            .Select(a =>
            {
                segments[a.Leaf].Ids.LookupOrd(a.Ordinal, bytes);
                return (bytes.Utf8ToString(), a.Score);
            })
            .ToList();
    }
}
