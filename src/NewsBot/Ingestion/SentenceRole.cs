namespace NewsBot.Ingestion;

/// <summary>Where in an article a sentence sits; the headline and standfirst read differently from body text.</summary>
public enum SentenceRole
{
    Body,
    Headline,
    Standfirst,
}
