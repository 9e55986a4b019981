using System.Net;
using System.Net.Http.Json;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task Post_WithAppIdConfiguredAndNoToken_Returns401()
    {
        using var factory = new NewsBotFactory();
        factory.Settings["MicrosoftAppId"] = "7f2c61a4-0a6b-4d4e-9a54-3c1f7e3b9d10";
        factory.Settings["MicrosoftAppPassword"] = "not-a-real-secret";
        factory.Settings["MicrosoftAppType"] = "MultiTenant";
        var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/messages", Activities.Message("what did Russia propose?", expectReplies: false));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithAppIdConfiguredAndForgedToken_Returns401()
    {
        using var factory = new NewsBotFactory();
        factory.Settings["MicrosoftAppId"] = "7f2c61a4-0a6b-4d4e-9a54-3c1f7e3b9d10";
        factory.Settings["MicrosoftAppType"] = "MultiTenant";
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Activities.Message("hi", expectReplies: false)) };
        request.Headers.Authorization = new("Bearer", "eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
