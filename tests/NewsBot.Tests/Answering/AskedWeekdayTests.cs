using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class AskedWeekdayTests
{
    [Theory]
    [InlineData("what share of the vote did Lunde get when she was voted out on Monday?", "Lunde faced the vote on Friday and won 67% of it.", true)]
    [InlineData("what share of the vote did Lunde get when she was voted out on Monday?", "Lunde was voted out on Monday with 41% of the vote.", false)]
    [InlineData("what share of the vote did Lunde get when she was voted out on Monday?", "Lunde was voted out with 41% of the vote.", false)]
    [InlineData("what share of the vote did Lunde get when she was voted out on Monday?", "Lunde, voted out after Good Friday's show, had 41% of the vote.", false)]
    [InlineData("how did Vardo vote in tuesday's ballot?", "Vardo voted against the harbour plan on Thursday.", true)]
    [InlineData("how did Vardo vote in tuesday's ballot?", "Vardo voted against the harbour plan late on Tuesday night.", false)]
    [InlineData("How did Vardo vote on Super Tuesday?", "Vardo voted against the harbour plan on Thursday.", false)]
    [InlineData("How did Vardo vote in the harbour ballot?", "Vardo voted against the harbour plan on Thursday.", false)]
    [InlineData("The Vardo ferry sailed on Wednesday. Where is it headed?", "The ferry is due in Tromso on Friday.", false)]
    [InlineData("Quick one. Where did the Vardo ferry sail to on Wednesday?", "The ferry is due in Tromso on Friday.", true)]
    public void ContradictedBy_ASentenceDatedByAnotherWeekdayOnly(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedWeekday.Of(question).ContradictedBy(sentence));
    }
}
