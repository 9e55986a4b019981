using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using NewsBot.Answering;

namespace NewsBot.Hosting;

/// <summary>
/// <c>newsbot ask "question"</c>: the bot's pipeline without a server. Prints the answer and its citations to standard
/// output; logs go to standard error.
/// </summary>
public static class AskCommand
{
    public const string Verb = "ask";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);

        var question = string.Join(' ', args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal))).Trim();
        if (question.Length == 0)
        {
            await Console.Error.WriteLineAsync("usage: NewsBot ask \"your question\"").ConfigureAwait(false);
            return 2;
        }

        var builder = CommandHost.CreateBuilder(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray(), ContentRoot.Locate(args), LogLevel.Warning);

        using var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        var kernel = host.Services.GetRequiredService<Kernel>();
        var answer = await kernel.InvokeAsync<Answer>(CoveragePlugin.PluginName, CoveragePlugin.AnswerFunction, new KernelArguments { ["question"] = question }, cancellationToken).ConfigureAwait(false)
            ?? Answer.NotCovered(question);
        await output.WriteLineAsync(answer.Text).ConfigureAwait(false);
        foreach (var citation in answer.Citations)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"[{citation.Number}] “{citation.Quote}”").ConfigureAwait(false);
            await output.WriteLineAsync($"    {citation.Headline}{(CitationText.Byline(citation) is { Length: > 0 } b ? " — " + b : string.Empty)}").ConfigureAwait(false);
            await output.WriteLineAsync($"    {CitationText.Location(citation)}").ConfigureAwait(false);
        }

        await host.StopAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
