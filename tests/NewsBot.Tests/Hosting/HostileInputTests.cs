using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// A fuzz-style run: well over a thousand malformed, truncated, oversized and type-confused activities posted to
/// /api/messages. None may cause a 5xx, the bot must keep answering, and the coverage must stay exactly as it was.
/// </summary>
public sealed class HostileInputTests
{
    private const int Seed = 20261128;

    [Fact]
    public async Task Post_ThousandsOfHostileActivities_NoServerErrorAndNothingChanges()
    {
        using var factory = new NewsBotFactory();
        factory.Settings["Bot:MessagesPerMinute"] = "10000";
        var client = factory.CreateClient();
        var library = factory.Services.GetRequiredService<CoverageLibrary>();
        var versionBefore = library.Current!.Version;
        var sentencesBefore = library.Current.Corpus.SentenceCount;
        var bodies = HostileBodies(new Random(Seed)).ToList();

        var statuses = new List<(HttpStatusCode Status, string Body)>();
        foreach (var body in bodies)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/api/messages", content);
            statuses.Add((response.StatusCode, body.Length > 200 ? body[..200] : body));
        }

        var replies = await Activities.ExchangeAsync(client, Activities.Message("what did Russia propose on December 17?"));

        Assert.True(bodies.Count >= 1_000, $"only {bodies.Count} bodies");
        Assert.True(!statuses.Any(s => (int)s.Status >= 500), string.Join("\n", statuses.Where(s => (int)s.Status >= 500).Select(s => s.Body).Take(12)));
        Assert.Contains("On December 17, 2021", replies.OfType("message").Single().Text(), StringComparison.Ordinal);
        Assert.Equal(versionBefore, library.Current!.Version);
        Assert.Equal(sentencesBefore, library.Current.Corpus.SentenceCount);
    }

    [Fact]
    public async Task Message_TooManyFromOneConversation_GetsAPoliteSlowDown()
    {
        using var factory = new NewsBotFactory();
        factory.Settings["Bot:MessagesPerMinute"] = "3";
        var client = factory.CreateClient();
        var conversation = Activities.NewConversationId();

        var texts = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var activity = Activities.Message("where were the US talks held?", conversationId: conversation);
            texts.Add((await Activities.ExchangeAsync(client, activity)).OfType("message").Single().Text());
        }

        var another = Activities.Message("where were the US talks held?");
        another["from"] = new JsonObject { ["id"] = "user-2", ["name"] = "Another reader" };
        var other = await Activities.ExchangeAsync(client, another);

        Assert.All(texts.Take(3), t => Assert.Contains("Geneva", t, StringComparison.Ordinal));
        Assert.Contains("Please wait a few seconds", texts[3], StringComparison.Ordinal);
        Assert.Contains("Geneva", other.OfType("message").Single().Text(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> HostileBodies(Random random)
    {
        var valid = Activities.Message("what did Russia propose?").ToJsonString();
        string[] types = ["message", "conversationUpdate", "invoke", "event", "typing", "endOfConversation", "messageReaction", "installationUpdate", "", "MESSAGE", "x"];
        JsonNode?[] junk = [null, 42, -1, 1e308, true, "", "🙂💥", new string('A', 5_000), new JsonArray(1, 2), new JsonObject { ["id"] = new JsonArray() }, "\u0000\u0001\u0002", "<script>alert(1)</script>", "' OR 1=1 --"];
        string[] fields = ["type", "id", "channelId", "serviceUrl", "from", "recipient", "conversation", "text", "attachments", "entities", "value", "name", "membersAdded", "deliveryMode", "channelData", "timestamp", "locale", "replyToId", "textFormat"];

        for (var i = 0; i < 1_200; i++)
        {
            switch (i % 6)
            {
                case 0:
                    // Truncated at a random point.
                    yield return valid[..random.Next(0, valid.Length)];
                    break;
                case 1:
                    // One field replaced by a value of the wrong type.
                    {
                        var activity = Activities.Message("what did Russia propose?");
                        activity[fields[random.Next(fields.Length)]] = junk[random.Next(junk.Length)]?.DeepClone();
                        yield return activity.ToJsonString();
                    }

                    break;
                case 2:
                    // A random or empty activity type, with random junk in a few fields.
                    {
                        var activity = Activities.Base(types[random.Next(types.Length)]);
                        for (var f = 0; f < 3; f++)
                        {
                            activity[fields[random.Next(fields.Length)]] = junk[random.Next(junk.Length)]?.DeepClone();
                        }

                        yield return activity.ToJsonString();
                    }

                    break;
                case 3:
                    // Bytes flipped inside otherwise valid JSON.
                    {
                        var chars = valid.ToCharArray();
                        for (var f = 0; f < 1 + random.Next(5); f++)
                        {
                            chars[random.Next(chars.Length)] = (char)random.Next(0, 128);
                        }

                        yield return new string(chars);
                    }

                    break;
                case 4:
                    // Deep nesting, huge text, or a hostile serviceUrl.
                    yield return (i / 6 % 3) switch
                    {
                        0 => string.Concat(Enumerable.Repeat("{\"a\":", 2_000)) + "1" + new string('}', 2_000),
                        1 => Activities.Message(new string('N', 150_000)).ToJsonString(),
                        _ => Activities.Message("hello", serviceUrl: "file:///etc/passwd").ToJsonString(),
                    };
                    break;
                default:
                    // Not an object at all.
                    yield return (i / 6 % 4) switch
                    {
                        0 => "null",
                        1 => "\"just a string\"",
                        2 => "12345",
                        _ => "{}",
                    };
                    break;
            }
        }
    }
}
