using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsBot.Retrieval;

/// <summary>
/// Turns free text into index terms with the index's own analyzer. Questions never go through a query parser, so
/// <c>?</c>, quotes, colons, <c>AND</c> or a lone <c>-</c> are just text and can never make a search fail.
/// </summary>
public static class QueryTerms
{
    public static IReadOnlyList<string> Analyze(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(text);

        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (!terms.Contains(value, StringComparer.Ordinal))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }
}
