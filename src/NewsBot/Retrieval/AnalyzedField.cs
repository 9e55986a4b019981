using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace NewsBot.Retrieval;

/// <summary>
/// A text field whose tokens were analysed beforehand (<see cref="AnalyzedText"/>), indexed as <see cref="TextField"/>
/// indexes plain text (not stored, positions kept). The writer asks for its tokens when it indexes the document and
/// disposes the stream after the field, so one stream a thread is replayed for every field: a token stream is an
/// attribute source, and creating one costs more than replaying a sentence's tokens.
/// </summary>
internal sealed class AnalyzedField(string name, AnalyzedText[] texts) : Field(name, string.Empty, TextField.TYPE_NOT_STORED)
{
    [ThreadStatic]
    private static AnalyzedTokenStream? _stream;

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = _stream ??= new AnalyzedTokenStream();
        stream.Replay(texts);
        return stream;
    }
}
