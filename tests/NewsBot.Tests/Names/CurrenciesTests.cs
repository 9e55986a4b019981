using NewsBot.Answering;
using NewsBot.Names;

namespace NewsBot.Tests.Names;

/// <summary>Currencies are data (Names/Currencies.tsv): every currency's words make a figure money, and a rate question names any of them.</summary>
public sealed class CurrenciesTests
{
    [Theory]
    [InlineData("dollars")]
    [InlineData("Kronor")]
    [InlineData("baht")]
    [InlineData("rupiahs")]
    [InlineData("tenge")]
    [InlineData("pence")]
    public void IsWord_ACurrencysWordInAnyNumber_IsACurrency(string word)
    {
        Assert.True(Currencies.Default.IsWord(word));
    }

    [Theory]
    [InlineData("won")]
    [InlineData("real")]
    [InlineData("marks")]
    [InlineData("soldiers")]
    public void IsWord_AnEverydayWordOrANoun_IsNoCurrency(string word)
    {
        Assert.False(Currencies.Default.IsWord(word));
    }

    [Theory]
    [InlineData("The ferry line was sold for 90 million baht last year.", ValueKind.Money)]
    [InlineData("Fines reached 3,000 Nigerian naira per household.", ValueKind.Money)]
    [InlineData("Exporters were paid 120 South Korean won a kilo.", ValueKind.Money)]
    [InlineData("A squad of 11 won the cup.", ValueKind.Count)]
    [InlineData("The bakery used 40 pounds of flour.", ValueKind.Count)]
    public void StatedValues_AFigureBeforeACurrencysWord_IsMoney(string sentence, ValueKind expected)
    {
        Assert.Equal(expected, StatedValues.Of(sentence)[0]);
    }

    [Fact]
    public void AskedValue_ARateAgainstAnyCurrencyInTheData_IsARate()
    {
        var asked = AskedValue.Of("What was the rupee trading at against the Thai baht?");

        Assert.Equal(ValueKind.Rate, asked.Kind);
        Assert.True(asked.HeldBy("The rupee traded at 0.41 to the baht on Monday."));
        Assert.False(asked.HeldBy("The rupee traded at 83.2 to the dollar on Monday."));
    }

    [Fact]
    public void Parse_ARowWithoutACode_SaysWhichLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => Currencies.Parse("# currencies\nUSD\tUS Dollar\tdollar\nPeso\n"));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }
}
