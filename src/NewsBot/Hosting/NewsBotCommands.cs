using System.CommandLine;
using System.CommandLine.Help;
using Microsoft.Extensions.Options;

namespace NewsBot.Hosting;

/// <summary>
/// The command line: with a verb (<c>ask</c>, <c>ingest</c>, <c>eval</c>, <c>bench</c>, <c>train</c>) NewsBot runs that and exits;
/// without one it runs the bot. Parsing is System.CommandLine's: <c>--help</c> for each verb, an error naming the
/// argument it could not take (exit code 2), and Ctrl-C cancelling the running verb (exit code 130). Settings
/// overrides (<c>--Section:Key=value</c>) and <c>--contentRoot</c> are accepted before or after the verb.
/// </summary>
public static class NewsBotCommands
{
    public const int UsageError = 2;
    public const int Failed = 1;
    public const int Cancelled = 130;

    private static readonly string[] Verbs = [AskCommand.Verb, IngestCommand.Verb, EvalCommand.Verb, BenchCommand.Verb, ReplicaBenchCommand.Verb, TrainCommand.Verb, TrainRankerCommand.Verb];
    private static readonly string[] Flags = ["--help", "-h", "-?", "/?", "/h", "--version"];

    /// <summary>
    /// The verb the arguments name, or null to run the bot: the first argument that is neither an option nor an
    /// option's value (<c>--contentRoot dir ask …</c> is <c>ask</c>; <c>--urls http://… </c> alone is the bot).
    /// </summary>
    public static string? VerbOf(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-') || arg.StartsWith('/'))
            {
                // A configuration switch without '=' takes the next argument as its value, as the bot reads it.
                if (!arg.Contains('=', StringComparison.Ordinal) && !Flags.Contains(arg, StringComparer.OrdinalIgnoreCase))
                {
                    i++;
                }

                continue;
            }

            return Verbs.FirstOrDefault(v => string.Equals(v, arg, StringComparison.OrdinalIgnoreCase));
        }

        return null;
    }

    /// <summary>
    /// True when the arguments run the bot: they name no verb and ask for no help or version (<c>NewsBot --help</c>
    /// lists the verbs and exits instead of starting the server).
    /// </summary>
    public static bool RunsBot(IReadOnlyList<string> args) =>
        VerbOf(args) is null && !args.Any(a => Flags.Contains(a, StringComparer.OrdinalIgnoreCase));

    /// <summary>Parses and runs a verb, writing its result to <paramref name="output"/> and every error as one line to <paramref name="error"/>.</summary>
    /// <param name="handleTermination">Whether Ctrl-C and SIGTERM cancel the verb (the process's own entry point); tests cancel through the token.</param>
    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, bool handleTermination = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        // Settings overrides go to the configuration, as for the bot, wherever they stand.
        var verb = VerbOf(args);
        var settings = args.Where(CommandHost.IsSetting).ToArray();
        var root = new Command("NewsBot", "NewsBot answers questions about news coverage, citing the exact source sentences. Without a verb it runs the bot.")
        {
            AskCommand.Create(output, settings),
            IngestCommand.Create(output, settings),
            EvalCommand.Create(output, settings),
            BenchCommand.Create(output, settings),
            ReplicaBenchCommand.Create(output, settings),
            TrainCommand.Create(output),
            TrainRankerCommand.Create(output),
        };
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(CommandHost.CreateContentRootOption());

        // Verbs are matched regardless of case, as before System.CommandLine; a question may start with '@'.
        var normalised = args.Where(a => !CommandHost.IsSetting(a)).Select(a => verb is not null && string.Equals(a, verb, StringComparison.OrdinalIgnoreCase) ? verb : a).ToArray();
        var parseResult = root.Parse(normalised, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var errors = parseResult.Errors.Select(e => e.Message).Distinct().ToList();
        var name = verb is null ? "NewsBot" : $"NewsBot {verb}";
        if (errors.Count > 0)
        {
            foreach (var message in errors)
            {
                await error.WriteLineAsync($"{name}: {message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync($"Run '{name} --help' for its options; any setting can be given as --Section:Key=value.").ConfigureAwait(false);
            return UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = handleTermination ? TimeSpan.FromSeconds(10) : null,
        };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync($"{name}: cancelled.").ConfigureAwait(false);
            return Cancelled;
        }
#pragma warning disable CA1031 // The command line's boundary: a missing file, a bad setting or a damaged corpus ends the verb with one line, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"{name}: {OneLine(ex)}").ConfigureAwait(false);
            return Failed;
        }
    }

    private static string OneLine(Exception ex) => ex switch
    {
        OptionsValidationException validation => string.Join(" ", validation.Failures),
        AggregateException { InnerExceptions: [var single] } => OneLine(single),
        _ => ex.Message.ReplaceLineEndings(" "),
    };
}
