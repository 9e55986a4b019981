using System.Text.Json;

namespace NewsBot.Tests.Infrastructure;

/// <summary>The body of a refused request to /api/messages: <c>{"error": {"code", "message"}}</c>.</summary>
internal static class ErrorReply
{
    public static async Task<(string Code, string Message)> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = document.RootElement.GetProperty("error");
        return (error.GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }
}
