using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsBot.Tests.Infrastructure;

/// <summary>
/// A loopback Bot Connector service: what the Emulator runs so a bot can post its replies back
/// (<c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>). Every activity received is kept for the test.
/// </summary>
internal sealed class ChannelSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();

    private ChannelSink(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<ChannelSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Loopback.AnyPort);
        builder.Logging.ClearProviders();
        var sink = new ChannelSink(builder.Build());
        sink._app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", sink.ReceiveAsync);
        sink._app.MapPost("/v3/conversations/{conversationId}/activities", sink.ReceiveAsync);
        await sink._app.StartAsync();
        var address = Loopback.AddressOf(sink._app);
        sink.ServiceUrl = new Uri(address + "/");
        return sink;
    }

    /// <summary>Waits for the next activity of <paramref name="type"/>, skipping others.</summary>
    public async Task<JsonElement> NextAsync(string type, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            var activity = await _received.Reader.ReadAsync(cancellation.Token);
            if (activity.GetProperty("type").GetString() == type)
            {
                return activity;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Keeps the activity with the id the service gives it (as its <c>id</c>), and answers with that id.</summary>
    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var activity = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        var id = "sink-" + Guid.NewGuid().ToString("N");
        activity["id"] = id;
        await _received.Writer.WriteAsync(JsonSerializer.SerializeToElement(activity));
        return Results.Ok(new { id });
    }
}
