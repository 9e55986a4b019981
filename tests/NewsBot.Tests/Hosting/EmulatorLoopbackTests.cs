using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using NewsBot.Hosting;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// The bot on a real Kestrel listener, talked to the way the Emulator does: the activity carries a loopback
/// <c>serviceUrl</c>, the bot answers 200 at once and posts its replies to that URL.
/// </summary>
public sealed class EmulatorLoopbackTests
{
    [Fact]
    public async Task Message_OverRealHttp_ReplyArrivesAtTheServiceUrlWithExactCitations()
    {
        await using var sink = await ChannelSink.StartAsync();
        using var data = new TempDirectory();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = TestPaths.RepositoryRoot, Args = [$"--Coverage:DataDirectory={data.Path}"] });
        builder.WebHost.UseUrls(Loopback.AnyPort);
        builder.AddNewsBot();
        await using var app = builder.Build();
        app.MapNewsBot();
        await app.StartAsync();
        var address = Loopback.AddressOf(app);
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var activity = Activities.Message("what did Russia propose on December 17?", serviceUrl: sink.ServiceUrl.AbsoluteUri, expectReplies: false);

        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        var reply = await sink.NextAsync("message", TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(activity["conversation"]!["id"]!.GetValue<string>(), reply.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(activity["id"]!.GetValue<string>(), reply.GetProperty("replyToId").GetString());
        var text = reply.Text();
        Assert.Contains("“On December 17, 2021, the Russian Foreign Ministry released a draft agreement on security guarantees between Russia and the United States and a draft agreement on ensuring the security of Russia and NATO member states.”", text, StringComparison.Ordinal);
        Assert.Contains("“The proposed measures include guarantees that NATO will not advance eastward, including by accepting Ukraine as a member.”", text, StringComparison.Ordinal);
        await app.StopAsync();
    }
}
