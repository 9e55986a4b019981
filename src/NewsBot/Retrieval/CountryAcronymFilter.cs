using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsBot.Retrieval;

/// <summary>
/// Rewrites the country acronym <c>US</c> / <c>U.S.</c> to <c>usa</c> before lower-casing, where it would otherwise
/// become the stop word "us" and vanish from both "Russian-US consultations" and "where were the US talks held?".
/// </summary>
internal sealed class CountryAcronymFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        // Compared in place: a string a token would cost more than the rest of this filter.
        var term = _term.Buffer.AsSpan(0, _term.Length);
        if (term is "US" or "U.S" or "U.S.")
        {
            _term.SetEmpty().Append("usa");
        }

        return true;
    }
}
