using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// A loopback OpenAI-compatible model server on a real Kestrel listener: <c>POST /v1/chat/completions</c> answers with
/// whatever <see cref="Respond"/> returns for the request, and every request body is kept for the test to inspect.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonElement> _requests = new();

    private FakeChatServer(WebApplication app) => _app = app;

    /// <summary>The base address to configure as <c>Llm:Endpoint</c> (ends in <c>/v1</c>).</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Turns a request body into the response; by default a completion saying NOT_COVERED.</summary>
    public Func<JsonElement, CancellationToken, Task<IResult>> Respond { get; set; } = (_, _) => Task.FromResult(Completion("NOT_COVERED"));

    public IReadOnlyList<JsonElement> Requests => _requests.ToArray();

    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Loopback.AnyPort);
        builder.Logging.ClearProviders();
        var server = new FakeChatServer(builder.Build());
        server._app.MapPost("/v1/chat/completions", server.ReceiveAsync);
        await server._app.StartAsync();
        var address = Loopback.AddressOf(server._app);
        server.Endpoint = new Uri(address + "/v1");
        return server;
    }

    /// <summary>An OpenAI chat completion whose one choice says <paramref name="content"/>.</summary>
    public static IResult Completion(string content) => Results.Json(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
    });

    /// <summary>The text of the request's message with <paramref name="role"/> (the OpenAI wire format).</summary>
    public static string Message(JsonElement request, string role) => request.GetProperty("messages").EnumerateArray()
        .Where(m => m.GetProperty("role").GetString() == role)
        .Select(m => m.GetProperty("content") is { ValueKind: JsonValueKind.String } s
            ? s.GetString()!
            : string.Concat(m.GetProperty("content").EnumerateArray().Select(p => p.GetProperty("text").GetString())))
        .Single();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        var body = document.RootElement.Clone();
        _requests.Enqueue(body);
        return await Respond(body, request.HttpContext.RequestAborted);
    }
}
