using System.CommandLine;
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

    /// <param name="settings">Settings overrides given on the command line (<c>--Section:Key=value</c>).</param>
    public static Command Create(TextWriter output, string[] settings)
    {
        ArgumentNullException.ThrowIfNull(output);

        // Unquoted words make one question; an option among them that is not a setting is an error.
        var words = new Argument<string[]>("question") { Description = "The question, in your own words.", Arity = ArgumentArity.OneOrMore };
        words.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }

            if (result.Tokens.All(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError("The question is empty.");
            }
        });
        var command = new Command(Verb, "Answer one question from the coverage and print the answer with its citations.") { words };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var question = string.Join(' ', parseResult.GetRequiredValue(words)).Trim();
            return RunAsync(question, settings, CommandHost.ContentRootOf(parseResult), output, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string question, string[] settings, string? contentRoot, TextWriter output, CancellationToken cancellationToken)
    {
        using var host = CommandHost.CreateBuilder(settings, contentRoot, LogLevel.Warning).Build();
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
