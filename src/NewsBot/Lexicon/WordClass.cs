namespace NewsBot.Lexicon;

/// <summary>The parts of speech the lexicon holds.</summary>
public enum WordClass
{
    Noun,
    Verb,
    Adjective,
}
