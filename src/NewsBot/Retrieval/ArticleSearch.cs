using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsBot.Retrieval;

/// <summary>
/// Scores whole articles for a question from the sentence index's own postings, an article being the bag of its
/// sentences' terms (the headline is one of them). BM25 over articles:
/// <c>A(q, a) = Σ_t w_t · idf(t) · tf(t,a)·(k1+1) / (tf(t,a) + k1·(1 − b + b·|a|/avg|a|))</c>, where tf(t,a) sums the
/// term's frequency over the article's sentences, |a| is the article's length in characters,
/// idf(t) = ln(1 + (N − df(t) + 0.5)/(df(t) + 0.5)) counts articles (N of them, df(t) holding t), w_t is the term's
/// weight (1 for a word the question asks, less for background or another form of a name), k1 = 1.2, b = 0.75.
/// A news sentence rarely repeats its subject ("the Russian enemy" under a headline naming the war game); the article
/// as a whole does, so this finds the article a sentence-level search misses.
/// <para>
/// A term held by more than <c>maxDocs</c> sentences is skipped: its idf is small and its postings long, and the work
/// per question then grows with the rarer terms' postings, as in <see cref="KeywordIndex.Search"/>.
/// </para>
/// </summary>
internal static class ArticleSearch
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public static IReadOnlyList<(string ArticleId, double Score)> Rank(
        IndexReader reader,
        string articleField,
        string textField,
        IReadOnlyList<(string Term, double Weight)> terms,
        int count,
        int maxDocs,
        int articles,
        Func<string, double> lengthOf,
        double averageLength)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(lengthOf);

        if (terms.Count == 0 || count <= 0 || articles <= 0 || averageLength <= 0)
        {
            return [];
        }

        // An article's live sentences sit in one segment (it is added, and replaced, as one block), so (segment, the
        // ordinal of its id in that segment's id column) names it; ids are read only for the articles returned.
        var leaves = reader.Leaves;
        var ids = new SortedDocValues?[leaves.Count];
        var scores = new Dictionary<(int Leaf, int Ordinal), double>();
        var frequencies = new Dictionary<(int Leaf, int Ordinal), int>();
        var lengths = new Dictionary<(int Leaf, int Ordinal), double>();
        foreach (var (term, weight) in terms)
        {
            var key = new Term(textField, term);
            if (reader.DocFreq(key) is var sentences && (sentences == 0 || sentences > maxDocs))
            {
                continue;
            }

            frequencies.Clear();
            for (var leaf = 0; leaf < leaves.Count; leaf++)
            {
                var atomic = leaves[leaf].AtomicReader;
                var docs = atomic.GetTermDocsEnum(key);
                if (docs is null)
                {
                    continue;
                }

                var column = ids[leaf] ??= FieldCache.DEFAULT.GetTermsIndex(atomic, articleField);
                var live = atomic.LiveDocs;
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if (live is null || live.Get(doc))
                    {
                        var article = (leaf, column.GetOrd(doc));
                        frequencies[article] = frequencies.GetValueOrDefault(article) + docs.Freq;
                    }
                }
            }

            var idf = Math.Log(1 + ((articles - frequencies.Count + 0.5) / (frequencies.Count + 0.5)));
            foreach (var (article, tf) in frequencies)
            {
                if (!lengths.TryGetValue(article, out var length))
                {
                    length = lengthOf(IdOf(article));
                    lengths[article] = length;
                }

                var norm = K1 * (1 - B + (B * length / averageLength));
                scores[article] = scores.GetValueOrDefault(article) + (weight * idf * tf * (K1 + 1) / (tf + norm));
            }
        }

        string IdOf((int Leaf, int Ordinal) article)
        {
            var bytes = new BytesRef();
            ids[article.Leaf]!.LookupOrd(article.Ordinal, bytes);
            return bytes.Utf8ToString();
        }

        return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key.Leaf).ThenBy(s => s.Key.Ordinal).Take(count).Select(s => (IdOf(s.Key), s.Value)).ToList();
    }
}
