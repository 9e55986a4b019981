using NewsBot.Text;

namespace NewsBot.Tests.Text;

public sealed class AccentsTests
{
    [Theory]
    [InlineData("Çelik", "Celik")]
    [InlineData("Élysée", "Elysee")]
    [InlineData("Tromsø", "Tromso")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Doğan and Şahin", "Dogan and Sahin")]
    [InlineData("Vardo harbour", "Vardo harbour")]
    public void Strip_RemovesAccentsAndKeepsEverythingElse(string text, string expected)
    {
        Assert.Equal(expected, Accents.Strip(text));
    }
}
