using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>The Postgres profile with its database down: the bot starts, and a question is refused with 503 and Retry-After.</summary>
public sealed class StateUnavailableTests
{
    [Fact]
    public async Task Question_WhileTheDatabaseIsDown_Gets503WithRetryAfter()
    {
        await using var bot = await KestrelBot.StartAsync(
            "--Coverage:Store=Postgres",
            $"--ConnectionStrings:NewsBot=Host=127.0.0.1;Port={ClosedPort()};Username=newsbot;Database=newsbot;Timeout=3",
            "--Bot:StateRetrySeconds=7");

        using var question = await bot.Client.PostAsJsonAsync("/api/messages", Activities.Message("what did Russia propose on December 17?"));
        using var welcome = await bot.Client.PostAsJsonAsync("/api/messages", Welcome());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, question.StatusCode);
        Assert.Equal("7", question.Headers.GetValues("Retry-After").Single());
        var (code, message) = await ErrorReply.ReadAsync(question);
        Assert.Equal("ServiceUnavailable", code);
        Assert.Contains("retry later", message, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, welcome.StatusCode);
    }

    [Fact]
    public async Task Questions_WhileTheDatabaseAcceptsButNeverAnswers_Get503AndAfterTheFirstTimeoutNoNewConnection()
    {
        using var hung = new BlackHole();
        await using var bot = await KestrelBot.StartAsync(
            "--Coverage:Store=Postgres",
            $"--ConnectionStrings:NewsBot=Host=127.0.0.1;Port={hung.Port};Username=newsbot;Database=newsbot;Timeout=2",
            "--Bot:StateRetrySeconds=600",
            // The coverage replica retries its own connection every poll; kept out of the count, which is the turns'.
            "--Replication:PollSeconds=3600");

        using var first = await bot.Client.PostAsJsonAsync("/api/messages", Activities.Message("what did Russia propose on December 17?"));
        var connectionsAfterFirst = hung.Connections;
        using var second = await bot.Client.PostAsJsonAsync("/api/messages", Activities.Message("what did Russia propose on December 17?"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal("600", second.Headers.GetValues("Retry-After").Single());
        Assert.True(connectionsAfterFirst >= 1);
        Assert.Equal(connectionsAfterFirst, hung.Connections);
    }

    [Fact]
    public async Task Start_PostgresWithoutAConnectionString_FailsNamingTheSetting()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => KestrelBot.StartAsync("--Coverage:Store=Postgres"));

        Assert.Contains("ConnectionStrings:NewsBot", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PostgresWithAMalformedConnectionString_FailsNamingTheSetting()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => KestrelBot.StartAsync("--Coverage:Store=Postgres", "--ConnectionStrings:NewsBot=Hots=nowhere"));

        Assert.Contains("ConnectionStrings:NewsBot is not a valid PostgreSQL connection string", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>A loopback port nothing listens on: one the system just handed out and took back.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static System.Text.Json.Nodes.JsonObject Welcome()
    {
        var activity = Activities.Base("conversationUpdate");
        activity["membersAdded"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = "user-1" });
        return activity;
    }
}
