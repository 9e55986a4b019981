using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsBot.Retrieval;

/// <summary>
/// Analysed texts replayed as one token stream, exactly as the analyser reads those texts joined by line breaks (a
/// line break always ends a token, and each filter of <see cref="NewsAnalyzer"/> looks at one token at a time): the
/// first token of a text moves on by its own increment plus what the texts before it left at their end.
/// </summary>
internal sealed class AnalyzedTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private AnalyzedText[] _texts = [];
    private int _text;
    private int _token;
    private int _carried;

    public AnalyzedTokenStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>Replays <paramref name="texts"/> from the next <see cref="Reset"/> on.</summary>
    public void Replay(AnalyzedText[] texts) => _texts = texts;

    public override bool IncrementToken()
    {
        while (_text < _texts.Length)
        {
            var text = _texts[_text];
            if (_token < text.Count)
            {
                ClearAttributes();
                var start = _token == 0 ? 0 : text.Ends[_token - 1];
                _term.CopyBuffer(text.Chars, start, text.Ends[_token] - start);
                _increment.PositionIncrement = text.Increments[_token] + _carried;
                _carried = 0;
                _token++;
                return true;
            }

            _carried += text.EndIncrement;
            _text++;
            _token = 0;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement = _carried;
    }

    public override void Reset()
    {
        base.Reset();
        _text = 0;
        _token = 0;
        _carried = 0;
    }
}
