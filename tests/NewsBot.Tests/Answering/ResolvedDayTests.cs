using NewsBot.Answering;
using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Answering;

/// <summary>A when question answered by "on Tuesday" is told which day that is, counted from the article's date.</summary>
public sealed class ResolvedDayTests
{
    private static readonly AnsweringOptions Options = new();

    private static Answer Compose(string question, string lead, DateOnly? published, AnsweringOptions? options = null)
    {
        var article = PlainTextArticleParser.Parse("a", "test", $"Vardo harbour\n\n{lead}\n\nFerries ran as usual.") with { Date = published };
        Passage[] passages = [new() { Article = article, Sentence = article.Sentences.Single(s => s.Text == lead), Score = 3, Coverage = 0.9, Similarity = 0.8 }];
        return ExtractiveComposer.Compose(question, passages, new Corpus([article]), options ?? Options);
    }

    [Theory]
    // Thursday 30 June 2022: the Tuesday before it; the Monday after a Saturday in a clause about the future.
    [InlineData("When did Vardo council sign the harbour deal?", "Vardo council signed the harbour deal on Tuesday.", "2022-06-30", "Tuesday", "28 June 2022, counted from the article's date, 30 June 2022")]
    [InlineData("When did Vardo council sign the harbour deal?", "Vardo council signed the harbour deal yesterday.", "2023-01-01", "yesterday", "31 December 2022, counted from the article's date, 1 January 2023")]
    [InlineData("When will Vardo council sign the harbour deal?", "Vardo council will sign the harbour deal on Monday.", "2022-03-05", "Monday", "7 March 2022, counted from the article's date, 5 March 2022")]
    // A week runs Monday to Sunday; a month or year is named whole.
    [InlineData("When did Vardo council sign the harbour deal?", "Vardo council signed the harbour deal last week.", "2022-06-30", "last week", "the week of 20–26 June 2022, counted from the article's date, 30 June 2022")]
    [InlineData("When did Vardo council sign the harbour deal?", "Vardo council signed the harbour deal last week.", "2022-06-02", "last week", "the week of 23–29 May 2022, counted from the article's date, 2 June 2022")]
    [InlineData("When did Vardo council sign the harbour deal?", "Vardo council signed the harbour deal last week.", "2022-01-05", "last week", "the week of 27 December 2021 – 2 January 2022, counted from the article's date, 5 January 2022")]
    [InlineData("When did Vardo council sign the harbour deal?", "Vardo council signed the harbour deal last month.", "2022-06-30", "last month", "May 2022, counted from the article's date, 30 June 2022")]
    [InlineData("When did Vardo council sign the harbour deal?", "Vardo council signed the harbour deal last year.", "2022-06-30", "last year", "2021, counted from the article's date, 30 June 2022")]
    public void Compose_AWhenQuestionAnsweredByARelativeDay_NamesTheDay(string question, string lead, string published, string mention, string reading)
    {
        var date = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);

        var shown = Compose(question, lead, date);
        var unsure = Compose(question, lead, date, new AnsweringOptions { ShortAnswers = [] });

        // Beside the bold short answer when that is the very mention, and said once; without one, after the statements.
        Assert.True(shown.IsAnswered, shown.Text);
        Assert.Contains(mention, shown.ShortAnswer, StringComparison.Ordinal);
        Assert.StartsWith($"**{shown.ShortAnswer}** [1] ({reading})\n\n", shown.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{mention}\" in [1]", shown.Text, StringComparison.Ordinal);
        Assert.Null(unsure.ShortAnswer);
        Assert.EndsWith($"(\"{mention}\" in [1] is {reading}.)", unsure.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When did Vardo council phone the harbour board?", "Vardo council called the harbour board on Tuesday.", true)]
    [InlineData("When did Vardo council phone the harbour board?", "Vardo council phoned the harbour board on Tuesday.", true)]
    [InlineData("When did Vardo council phone the harbour board?", "Asked on Tuesday about the harbour board, Vardo council said it would wait.", false)]
    public void Compose_ALeadThatDatesAnotherEvent_ShowsNoDay(string question, string lead, bool dated)
    {
        var answer = Compose(question, lead, new DateOnly(2022, 6, 30));

        Assert.True(answer.IsAnswered, answer.Text);
        Assert.Equal(dated, answer.ShortAnswer is not null);
        Assert.Equal(dated, answer.Text.Contains("28 June 2022, counted from the article's date", StringComparison.Ordinal));
        Assert.Contains(lead, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When did Vardo council sign the harbour deal?", "Vardo council signed the harbour deal on 28 June.", "2022-06-30")]
    [InlineData("When did Vardo council sign the harbour deal?", "Vardo council signed the harbour deal on Tuesday.", null)]
    [InlineData("Who signed the harbour deal on Tuesday?", "Vardo council signed the harbour deal on Tuesday.", "2022-06-30")]
    [InlineData("When did Vardo council sign the harbour deal?", "Vardo council signed the deal on Tuesday and the fishermen objected on Wednesday.", "2022-06-30")]
    public void Compose_NoRelativeDayToRead_AddsNoNote(string question, string lead, string? published)
    {
        var answer = Compose(question, lead, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        Assert.DoesNotContain("counted from the article's date", answer.Text, StringComparison.Ordinal);
    }
}
