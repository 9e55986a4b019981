using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class AnswerTypeTests
{
    [Theory]
    [InlineData("where were the US talks held?", AnswerKind.Place)]
    [InlineData("When did the council meet?", AnswerKind.Date)]
    [InlineData("who leads NATO?", AnswerKind.Person)]
    [InlineData("How many drafts were released?", AnswerKind.Number)]
    [InlineData("what did Russia propose?", AnswerKind.Other)]
    [InlineData("When small towns lose their bank, how many shops close?", AnswerKind.Number)]
    [InlineData("Where the talks failed, who walked out first?", AnswerKind.Person)]
    [InlineData("When, according to Lavrov, will Russia reply?", AnswerKind.Date)]
    [InlineData("In what year did the talks begin?", AnswerKind.Date)]
    [InlineData("During which century was the fort built?", AnswerKind.Date)]
    [InlineData("whats the deadline for entries to the Vardo regatta?", AnswerKind.Date)]
    [InlineData("What is the closing date for the harbour consultation?", AnswerKind.Date)]
    [InlineData("By when must the ferry firm repay the loan?", AnswerKind.Date)]
    [InlineData("Who set the deadline for entries?", AnswerKind.Person)]
    [InlineData("What happened at the deadline?", AnswerKind.Other)]
    [InlineData("Approximately how many residents does the valley have today?", AnswerKind.Number)]
    [InlineData("What percentage of voters turned out?", AnswerKind.Number)]
    [InlineData("What proportion of Vardo's households own a boat?", AnswerKind.Number)]
    [InlineData("which share of the catch goes to Tromso?", AnswerKind.Number)]
    [InlineData("How old was the president?", AnswerKind.Number)]
    [InlineData("How did the talks go?", AnswerKind.Other)]
    [InlineData("To whom did the council sell the Vardo ferry?", AnswerKind.Person)]
    [InlineData("Since when has the Vardo ferry been idle?", AnswerKind.Other)]
    [InlineData("By whom was the Brannock bridge designed?", AnswerKind.Person)]
    [InlineData("From where did the Vardo ferry sail?", AnswerKind.Place)]
    [InlineData("By how much did fares rise?", AnswerKind.Number)]
    [InlineData("For how long did the talks run?", AnswerKind.Other)]
    [InlineData("the Vardo mayor who would not resign - when did she take office?", AnswerKind.Date)]
    [InlineData("Follow-up on the Vardo ferry piece: where did it finally dock?", AnswerKind.Place)]
    [InlineData("Harbour board row - who chairs it now?", AnswerKind.Person)]
    [InlineData("According to the harbour board, when will the ferry sail?", AnswerKind.Date)]
    [InlineData("For the Tromso story - who paid for the new quay?", AnswerKind.Person)]
    public void Expected_ReadsTheQuestionWord(string question, AnswerKind expected)
    {
        Assert.Equal(expected, AnswerType.Expected(question));
    }

    [Theory]
    [InlineData(AnswerKind.Place, "Consultations took place in Geneva on January 10.", true)]
    [InlineData(AnswerKind.Place, "Russia didn’t answer during the meeting.", false)]
    [InlineData(AnswerKind.Date, "The council met on January 12.", true)]
    [InlineData(AnswerKind.Date, "The council met in Brussels.", false)]
    [InlineData(AnswerKind.Person, "The alliance said Jens Stoltenberg would attend.", true)]
    [InlineData(AnswerKind.Person, "Nobody said anything.", false)]
    [InlineData(AnswerKind.Number, "Two drafts were released.", true)]
    [InlineData(AnswerKind.Number, "Drafts were released.", false)]
    [InlineData(AnswerKind.Number, "Nearly a quarter of its households own a boat.", true)]
    [InlineData(AnswerKind.Number, "The mayor won a third term.", false)]
    public void Holds_RecognisesTheKindInASentence(AnswerKind kind, string sentence, bool expected)
    {
        Assert.Equal(expected, AnswerType.Holds(kind, sentence));
    }

    [Theory]
    [InlineData(AnswerKind.Date, "When was the Treaty of Lindholm signed?", "Since the Treaty of Lindholm, the lower valley formed a border.", false)]
    [InlineData(AnswerKind.Date, "When was the Treaty of Lindholm signed?", "The Treaty of Lindholm was signed in 1712.", true)]
    [InlineData(AnswerKind.Date, "When did the railway reach Kendal?", "Trains ran through the northern dales from 1846.", true)]
    [InlineData(AnswerKind.Date, "When did the council meet in 2022?", "The council met in 2022 in Brussels.", false)]
    [InlineData(AnswerKind.Number, "How many people watched the 1931 air race?", "The air race of 1931 drew crowds.", false)]
    [InlineData(AnswerKind.Number, "How many people watched the 1931 air race?", "The 1931 air race drew 25,000 people.", true)]
    [InlineData(AnswerKind.Number, "How many schools were recognised?", "Four schools were recognised.", true)]
    [InlineData(AnswerKind.Number, "How much was the Vardo cannery sold for?", "The buyer went one step further and kept the Vardo staff.", false)]
    [InlineData(AnswerKind.Number, "How many schools were recognised?", "One of the schools was recognised.", false)]
    [InlineData(AnswerKind.Number, "How many people visited Vardo?", "One million people visited Vardo.", true)]
    [InlineData(AnswerKind.Number, "How many schools were recognised?", "One in five schools was recognised.", true)]
    [InlineData(AnswerKind.Number, "What proportion of Vardo's households own a boat?", "Nearly a quarter of the town's households own a boat.", true)]
    [InlineData(AnswerKind.Place, "Where were the talks held?", "The talks were held.", true)]
    public void Offers_AWhenOrHowManyQuestionNeedsAValueTheQuestionDoesNotAlreadyName(AnswerKind kind, string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AnswerType.Offers(kind, sentence, question));
    }

    /// <summary>A how-many question counts: a share or a sum of money in the sentence is no count, and no short answer.</summary>
    [Theory]
    [InlineData("Nordvik has sold more than six million ferry tickets and has a 40% share of the market.", "How many ferry tickets has Nordvik sold?", null)]
    [InlineData("Nordvik sold 40,000 tickets, a 40% share of the market.", "How many tickets did Nordvik sell?", "40,000 tickets")]
    [InlineData("Nordvik paid $4m for 12 ferries.", "How many ferries did Nordvik buy?", "12 ferries")]
    [InlineData("Nordvik paid $4m for the ferries.", "How much did Nordvik pay for the ferries?", "$4m")]
    [InlineData("Nordvik's share of the market rose to 40%.", "How much of the market does Nordvik hold?", "40%")]
    public void Span_AHowManyQuestion_IsAnsweredByACountOnly(string sentence, string question, string? expected)
    {
        Assert.Equal(expected, AnswerType.Span(AnswerKind.Number, sentence, question));
    }

    /// <summary>A date set apart from the asked event by "since", "after" or "before" is another event's: no short answer.</summary>
    [Theory]
    [InlineData("Friday is a year since Vardo voted to close the quay.", "When did Vardo vote to close the quay?", null)]
    [InlineData("On Friday, two days after the ferry sank, divers reached the wreck.", "When did the ferry sink?", null)]
    [InlineData("Vardo voted on 3 March to close the quay.", "When did Vardo vote to close the quay?", "3 March")]
    [InlineData("The ferry sank on Friday, two days after it left Bergen.", "When did the ferry sink?", "Friday")]
    [InlineData("Divers reached the wreck on Friday.", "When did the ferry sink?", "Friday")]
    // A date in a clause of its own that holds none of the question's words says what that clause says.
    [InlineData("Mayor Kari Lunde has not yet called the vote, but the harbour board expects it on 5 May.", "When did Kari Lunde become mayor?", null)]
    [InlineData("Kari Lunde became mayor on 5 May, but the council has yet to meet.", "When did Kari Lunde become mayor?", "5 May")]
    [InlineData("The council has yet to meet, but Kari Lunde became mayor on 5 May.", "When did Kari Lunde become mayor?", "5 May")]
    public void Span_ADateOfAnotherEvent_IsNoShortAnswer(string sentence, string question, string? expected)
    {
        Assert.Equal(expected, AnswerType.Span(AnswerKind.Date, sentence, question));
    }

    /// <summary>A date right after a verb of saying dates the quote, not the event it reports, unless the saying is asked.</summary>
    [Theory]
    [InlineData("Vardo will receive support while its application to join the pact is processed, Kari Lunde said in Oslo on Wednesday.", "When did Vardo apply to join the pact?", null)]
    [InlineData("Vardo will apply to join the pact, the mayor told reporters on Monday.", "When did Vardo apply to join the pact?", null)]
    [InlineData("Vardo will apply to join the pact, said Kari Lunde late on Monday.", "When did Vardo apply to join the pact?", null)]
    [InlineData("Vardo would apply to join the pact, Lunde said at a press conference on Monday.", "When did Vardo apply to join the pact?", null)]
    [InlineData("Vardo applied to join the pact on Monday, officials said.", "When did Vardo apply to join the pact?", "Monday")]
    [InlineData("Vardo will apply to join the pact, Kari Lunde said on Wednesday.", "When did Kari Lunde say Vardo would apply?", "Wednesday")]
    [InlineData("Vardo will apply to join the pact, Kari Lunde said on Wednesday.", "When did Kari Lunde announce the application?", null)]
    public void Span_TheDateOfAQuote_IsNoShortAnswerForTheEventItReports(string sentence, string question, string? expected)
    {
        Assert.Equal(expected, AnswerType.Span(AnswerKind.Date, sentence, question));
    }

    [Fact]
    public void Span_IsNeverWhatTheQuestionAlreadyNames()
    {
        Assert.Null(AnswerType.Span(AnswerKind.Number, "The air race of 1931 drew crowds.", "How many people watched the 1931 air race?"));
        Assert.Equal("25,000 people", AnswerType.Span(AnswerKind.Number, "The 1931 air race drew 25,000 people.", "How many people watched the 1931 air race?"));
        Assert.Equal("Évora", AnswerType.Span(AnswerKind.Place, "On Friday, the cyclists rode into Portugal and stopped in Évora.", "Where in Portugal did the cyclists stop?"));
        Assert.Null(AnswerType.Span(AnswerKind.Person, "On Saturday, Joe Biden met Andrzej Duda in Warsaw.", "Who did Biden meet in Warsaw?"));
    }

    [Theory]
    [InlineData("Ukraine said it shot down 3 Su-25 jets near Kharkiv.", "How many jets were shot down?", "3")]
    [InlineData("On December 17, 8,500 troops arrived at the border.", "How many troops arrived?", "8,500 troops")]
    [InlineData("The school board approved 40 electric buses at a price of $9m.", "How many buses, and what will they cost?", null)]
    [InlineData("The city will pay $38m for the trams, officials said.", "How much will the trams cost?", "$38m")]
    [InlineData("In 1911, the mill fire was put out.", "How many people died in the fire?", null)]
    [InlineData("Inflation rose to 9.1% in June.", "How high did inflation rise?", "9.1%")]
    [InlineData("The depot held 5*3 crates of shells.", "How many crates did the depot hold?", null)]
    [InlineData("The flood drove out about half of the valley's 12,000 residents.", "How many residents were driven out?", null)]
    [InlineData("A third of the 900 delegates walked out.", "How many delegates walked out?", null)]
    [InlineData("Some 900 delegates walked out of the congress.", "How many delegates walked out?", "900 delegates")]
    [InlineData("Thousands of residents fled Vardo, a town of around 4,000 people.", "How many residents fled Vardo?", null)]
    [InlineData("Vardo, a town of around 4,000 people, lost 12 fishermen in the storm.", "How many fishermen died in the storm?", "12 fishermen")]
    [InlineData("Vardo, a town of around 4,000 people, lies at the mouth of the fjord.", "How many people live in Vardo?", "4,000 people")]
    [InlineData("Officers said they had killed 40 Swedish soldiers near Vardo.", "How many Norwegian soldiers were killed?", null)]
    public void Span_Number_IsAWholeTokenFigureNotPartOfADate(string sentence, string question, string? expected)
    {
        Assert.Equal(expected, AnswerType.Span(AnswerKind.Number, sentence, question));
    }

    [Fact]
    public void Span_SeveralCandidates_TheOneMostOfTheQuestionsWordsSitBeside()
    {
        const string sentence = "Talks took place in Geneva on January 10, followed by a meeting of the Russia-NATO Council in Brussels on January 12 and a session in Vienna on January 13.";

        Assert.Equal("January 12", AnswerType.Span(AnswerKind.Date, sentence, "When did the Russia-NATO Council meet?"));
        Assert.Equal("Brussels", AnswerType.Span(AnswerKind.Place, sentence, "Where did the Russia-NATO Council meet?"));
    }

    [Theory]
    [InlineData("Finland and Sweden met Recep Tayyip Erdoğan and Jens Stoltenberg in Madrid.", "Who did the Nordic leaders meet?")]
    [InlineData("Shelling went on in 2014 and again in 2022.", "When did the fighting happen?")]
    [InlineData("Officials travelled to Geneva and then to Brussels.", "Where were the talks held?")]
    public void Span_SeveralCandidatesNoneClearlyNearest_GivesNone(string sentence, string question)
    {
        Assert.Null(AnswerType.Span(AnswerType.Expected(question), sentence, question));
    }

    [Theory]
    [InlineData("When did Mara Lind sing at the festival?", null)]
    [InlineData("When was Mara Lind born?", "March 3, 1960")]
    public void Span_ABirthDate_AnswersOnlyAQuestionAboutBirth(string question, string? expected)
    {
        const string sentence = "Mara Lind (born March 3, 1960) is a Swedish singer who sang at the festival.";

        Assert.Equal(expected, AnswerType.Span(AnswerKind.Date, sentence, question));
    }
}
