using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;

/// <summary>
/// Peers that never answer, on loopback: the channel's OpenID metadata endpoint (authentication on, channel tokens
/// posted) and a <c>serviceUrl</c> (replies posted to it); and bad tokens of every kind. Measures the longest any
/// request was held, and the status codes.
/// </summary>
internal static class SlowPeers
{
    private const string AppId = "7f2c61a4-0a6b-4d4e-9a54-3c1f7e3b9d10";
    private const string Issuer = "https://api.botframework.com";

    public static async Task<(int Requests, long MaxMs, Dictionary<int, int> Statuses)> BlackHoledMetadataAsync(int requests)
    {
        using var metadata = new Trap();
        var data = Paths.Scratch("auth");
        await using var bot = await StartAuthenticatingAsync(data, metadata.Port);
        var result = await PostAllAsync(bot.Client, requests, _ => ("Bearer " + Token(Issuer), Activity.Message("hi", expectReplies: false, channelId: "msteams")));
        Directory.Delete(data, recursive: true);
        return result;
    }

    public static async Task<(int Requests, long MaxMs, Dictionary<int, int> Statuses)> BadTokensAsync()
    {
        using var metadata = new Trap();
        var data = Paths.Scratch("tokens");
        await using var bot = await StartAuthenticatingAsync(data, metadata.Port);
        string[] headers =
        [
            "Bearer", "Bearer x", "Bearer a.b.c", "Basic Zm9vOmJhcg==", "Bearer " + new string('A', 6_000),
            "Bearer " + Token("https://evil.example"), "Bearer " + Unsigned("none", "https://evil.example"),
            "Bearer " + Unsigned("HS256", "https://sts.windows.net/not-a-tenant/"), "Bearer eyJhbGciOiJub25lIn0.e30.", string.Empty,
        ];
        var result = await PostAllAsync(bot.Client, headers.Length * 5, i => (headers[i % headers.Length], Activity.Message("hi", expectReplies: false)));
        Directory.Delete(data, recursive: true);
        return result;
    }

    public static async Task<(int Requests, long MaxMs, Dictionary<int, int> Statuses, int Connections)> SilentServiceUrlAsync(int requests)
    {
        using var silent = new Trap();
        var data = Paths.Scratch("silent");
        await using var bot = await BotProcess.StartAsync(data, "--Embedding:Enabled=false", "--Bot:MessagesPerMinute=10000", "--Bot:MessagesPerMinutePerAddress=1000000");
        var result = await PostAllAsync(bot.Client, requests, i => (null, Activity.Message(i % 2 == 0 ? "help" : "what did Russia propose on December 17?", serviceUrl: $"http://127.0.0.1:{silent.Port}/", expectReplies: false, userId: $"reader-{i}")));
        Directory.Delete(data, recursive: true);
        return (result.Requests, result.MaxMs, result.Statuses, silent.Connections);
    }

    private static Task<BotProcess> StartAuthenticatingAsync(string data, int metadataPort) => BotProcess.StartAsync(
        data,
        "--Embedding:Enabled=false",
        $"--MicrosoftAppId={AppId}",
        "--MicrosoftAppType=MultiTenant",
        $"--ToBotFromChannelTokenIssuer={Issuer}",
        $"--ToBotFromChannelOpenIdMetadataUrl=https://127.0.0.1:{metadataPort}/v1/.well-known/openidconfiguration",
        $"--ToBotFromEmulatorOpenIdMetadataUrl=https://127.0.0.1:{metadataPort}/v2.0/.well-known/openid-configuration");

    private static async Task<(int Requests, long MaxMs, Dictionary<int, int> Statuses)> PostAllAsync(HttpClient client, int requests, Func<int, (string? Authorization, System.Text.Json.Nodes.JsonObject Activity)> make)
    {
        var statuses = new Dictionary<int, int>();
        long maxMs = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = 10 }, async (i, cancellationToken) =>
        {
            var (authorization, activity) = make(i);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
            if (!string.IsNullOrEmpty(authorization))
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            var stopwatch = Stopwatch.StartNew();
            int status;
            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                status = (int)response.StatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                status = 0;
            }

            lock (statuses)
            {
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                maxMs = Math.Max(maxMs, stopwatch.ElapsedMilliseconds);
            }
        });
        return (requests, maxMs, statuses);
    }

    private static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A well-formed RS256 token with a made-up signature: checking it needs the signing keys.</summary>
    private static string Token(string issuer) =>
        $"{Part("""{"alg":"RS256","typ":"JWT","kid":"k1"}""")}.{Part(Claims(issuer))}.c2lnbmF0dXJl";

    private static string Unsigned(string algorithm, string issuer) =>
        $"{Part($$"""{"alg":"{{algorithm}}","typ":"JWT"}""")}.{Part(Claims(issuer))}.";

    private static string Claims(string issuer) =>
        $$"""{"iss":"{{issuer}}","aud":"{{AppId}}","exp":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}},"serviceurl":"http://127.0.0.1:9/"}""";
}
