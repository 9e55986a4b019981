using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace NewsBot.Retrieval;

/// <summary>
/// The analysis used for both sentences and questions: standard tokens, folded to ASCII (so "Kyiv’s" and "Kyiv's"
/// agree), possessives removed, the acronym US kept apart from the pronoun, lower-cased, stop words dropped, Porter-stemmed. The stop list is Lucene's English one
/// plus the question and auxiliary words people type ("what did…", "how many…"), which carry no topic and would
/// otherwise dilute a question's coverage.
/// </summary>
public sealed class NewsAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopWords = BuildStopWords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new StandardFilter(Version, source);
        result = new ASCIIFoldingFilter(result);
        result = new EnglishPossessiveFilter(Version, result);
        result = new CountryAcronymFilter(result);
        result = new LowerCaseFilter(Version, result);
        result = new StopFilter(Version, result, StopWords);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    private static CharArraySet BuildStopWords()
    {
        var words = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var word in (string[])
        [
            "what", "who", "whom", "whose", "which", "when", "where", "why", "how", "did", "do", "does", "done", "is", "am",
            "are", "was", "were", "been", "being", "has", "have", "had", "can", "could", "would", "should", "shall", "may",
            "might", "must", "i", "me", "my", "you", "your", "we", "us", "our", "he", "him", "his", "she", "her", "its",
            "them", "those", "about", "tell", "please", "any", "some", "from", "than", "so", "also", "s",
        ])
        {
            words.Add(word);
        }

        return words.AsReadOnly();
    }
}
