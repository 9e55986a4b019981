using System.Net;
using System.Net.Http.Json;
using System.Text;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// Authentication on: every token failure is 401, and when the channel's signing keys cannot be fetched (here an
/// OpenID metadata endpoint on loopback that accepts connections and never answers) requests get 503 after a bounded
/// wait instead of being held for minutes.
/// </summary>
public sealed class SigningKeyTests
{
    private const string AppId = "7f2c61a4-0a6b-4d4e-9a54-3c1f7e3b9d10";
    private const string ChannelIssuer = "https://api.botframework.com";

    public static TheoryData<string> MalformedHeaders => new()
    {
        "Bearer not-a-jwt",
        "Bearer a.b.c",
        "Bearer " + new string('x', 5000),
        "Bearer eyJhbGciOiJub25lIn0.e30",
        "Basic dXNlcjpwYXNz",
        "Bearer",
    };

    [Theory]
    [MemberData(nameof(MalformedHeaders))]
    public async Task Post_MalformedOrForeignToken_Returns401(string header)
    {
        using var factory = AuthenticatingFactory(metadataPort: 9);
        var client = factory.CreateClient();

        using var response = await PostAsync(client, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ChannelTokenWhileMetadataEndpointIsBlackHoled_Returns503QuicklyAndAgain()
    {
        using var metadata = new BlackHole();
        using var factory = AuthenticatingFactory(metadata.Port);
        factory.Settings["Bot:SigningKeyTimeoutSeconds"] = "2";
        var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        var header = "Bearer " + UnsignedToken(ChannelIssuer);

        using var first = await PostAsync(client, header);
        var connectionsAfterFirst = metadata.Connections;
        using var second = await PostAsync(client, header);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
        Assert.Equal(1, connectionsAfterFirst);
        Assert.Equal(1, metadata.Connections);
    }

    private static NewsBotFactory AuthenticatingFactory(int metadataPort)
    {
        var factory = new NewsBotFactory();
        factory.Settings["MicrosoftAppId"] = AppId;
        factory.Settings["MicrosoftAppPassword"] = "not-a-real-secret";
        factory.Settings["MicrosoftAppType"] = "MultiTenant";
        factory.Settings["ToBotFromChannelTokenIssuer"] = ChannelIssuer;
        factory.Settings["ToBotFromChannelOpenIdMetadataUrl"] = $"https://127.0.0.1:{metadataPort}/v1/.well-known/openidconfiguration";
        factory.Settings["ToBotFromEmulatorOpenIdMetadataUrl"] = $"https://127.0.0.1:{metadataPort}/v2.0/.well-known/openid-configuration";
        return factory;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Activities.Message("hi", channelId: "msteams", expectReplies: false)) };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await client.SendAsync(request);
    }

    /// <summary>A well-formed token with the channel's issuer and our audience, unsigned: checking it needs the keys first.</summary>
    private static string UnsignedToken(string issuer)
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return $"{Part("""{"alg":"RS256","typ":"JWT","kid":"k1"}""")}.{Part($$"""{"iss":"{{issuer}}","aud":"{{AppId}}","exp":{{expires}},"serviceurl":"http://127.0.0.1:9/"}""")}.c2lnbmF0dXJl";
    }
}
