using NewsBot.Hosting;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>The verbs' parsing: help, errors that name the argument, options before the verb, cancellation.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("ask", "<question>")]
    [InlineData("ingest", "--folder <dir>")]
    [InlineData("eval", "--questions <questions.jsonl>")]
    [InlineData("bench", "--articles <n>")]
    [InlineData("bench-replica", "--changes <m>")]
    [InlineData("train", "--features <rows.tsv>")]
    [InlineData("train-ranker", "--ranks <ranks.tsv>")]
    public async Task Help_ForEachVerb_PrintsItsUsageAndOptionsAndExitsZero(string verb, string option)
    {
        var result = await InvokeAsync(verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"NewsBot {verb}", result.Output, StringComparison.Ordinal);
        Assert.Contains(option, result.Output, StringComparison.Ordinal);
        Assert.Contains("--contentRoot <dir>", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Theory]
    [InlineData("'--bogus'", "ingest", "--bogus")]
    [InlineData("'stray'", "ingest", "stray")]
    [InlineData("'--folder'", "ingest", "--folder")]
    [InlineData("'--bogus'", "ask", "--bogus", "what did Russia propose?")]
    [InlineData("--articles must be a whole number of at least 1, not '0'", "bench", "--corpus", "a.jsonl", "--questions", "q.jsonl", "--articles", "0")]
    [InlineData("many", "bench", "--corpus", "a.jsonl", "--questions", "q.jsonl", "--articles", "many")]
    [InlineData("--rounds must be a whole number of at least 1, not '-1'", "bench", "--corpus", "a.jsonl", "--questions", "q.jsonl", "--articles", "10", "--rounds", "-1")]
    [InlineData("'--questions' is required", "eval", "--corpus", "a.jsonl")]
    [InlineData("The question is empty", "ask", " ")]
    public async Task BadArguments_ErrorNamesTheArgumentAndExitsWithTwo(string named, params string[] args)
    {
        var result = await InvokeAsync(args);

        Assert.Equal(NewsBotCommands.UsageError, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.EndsWith($"Run 'NewsBot {args[0]} --help' for its options; any setting can be given as --Section:Key=value.{Environment.NewLine}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_MissingContentRoot_OneLineErrorNamingItAndNoStackTrace()
    {
        var result = await InvokeAsync("ask", "what did Russia propose?", "--contentRoot", "/no/such/folder");

        Assert.Equal(NewsBotCommands.UsageError, result.ExitCode);
        Assert.StartsWith("NewsBot ask: --contentRoot: the folder '/no/such/folder' does not exist.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingQuestionsFile_OneLineErrorNamingTheOptionExitsWithOne()
    {
        using var data = new TempDirectory();

        var result = await InvokeAsync("eval", "--corpus", data.Combine("a.jsonl"), "--questions", data.Combine("q.jsonl"));

        Assert.Equal(NewsBotCommands.Failed, result.ExitCode);
        Assert.Equal($"NewsBot eval: --questions: the file '{data.Combine("q.jsonl")}' does not exist.{Environment.NewLine}", result.Error);
    }

    [Fact]
    public async Task Ask_LeadModelPathNamingNoFile_FailsAtStartInOneLine()
    {
        using var data = new TempDirectory();

        var result = await InvokeAsync("ask", "what did Russia propose?", $"--Answering:LeadModelPath={data.Combine("missing.json")}", $"--contentRoot={TestPaths.RepositoryRoot}", $"--Coverage:DataDirectory={data.Path}", "--Embedding:Enabled=false");

        Assert.Equal(NewsBotCommands.Failed, result.ExitCode);
        Assert.Equal($"NewsBot ask: Answering:LeadModelPath names no file.{Environment.NewLine}", result.Error);
    }

    [Theory]
    [InlineData("Retrieval:RerankerModelPath names no file.", "--Retrieval:RerankerModelPath=missing-model.json")]
    [InlineData("Retrieval:RerankDepth must not exceed Retrieval:Depth", "--Retrieval:Reranker=true", "--Retrieval:RerankDepth=150", "--Retrieval:Depth=100")]
    [InlineData("RerankDepth", "--Retrieval:RerankDepth=2")]
    [InlineData("Retrieval:RerankKeep must be less than Retrieval:RerankDepth", "--Retrieval:RerankKeep=40")]
    public async Task Ask_BadRerankerSetting_FailsAtStartNamingIt(string named, params string[] settings)
    {
        using var data = new TempDirectory();

        var result = await InvokeAsync(["ask", "what did Russia propose?", .. settings, $"--contentRoot={TestPaths.RepositoryRoot}", $"--Coverage:DataDirectory={data.Path}", "--Embedding:Enabled=false"]);

        Assert.Equal(NewsBotCommands.Failed, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"features":["cosine"],"bias":0,"trees":[{"weight":1,"feature":[0],"split":[0.5],"left":[0],"right":[-2],"leaves":[0,1]}]}""")]
    [InlineData("""{"features":["cosine"],"bias":0,"trees":[{"weight":1,"feature":[3],"split":[0.5],"left":[-1],"right":[-2],"leaves":[0,1]}]}""")]
    public async Task Ask_MalformedRerankerModel_FailsAtStartRatherThanOnEveryTurn(string json)
    {
        using var data = new TempDirectory();
        var model = data.Combine("model.json");
        await File.WriteAllTextAsync(model, json);

        var result = await InvokeAsync(["ask", "what did Russia propose?", $"--Retrieval:RerankerModelPath={model}", $"--contentRoot={TestPaths.RepositoryRoot}", $"--Coverage:DataDirectory={data.Path}", "--Embedding:Enabled=false"]);

        Assert.Equal(NewsBotCommands.Failed, result.ExitCode);
        Assert.Contains("Retrieval:RerankerModelPath is not a model the re-ranker can read", result.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Keyword only, so the re-ranker reads no pool (RerankedRetrievalTests re-rank with the embedded model): what runs
    /// here is the start-up check reading the embedded model and a turn with the re-ranker switched on.
    /// </summary>
    [Fact]
    public async Task Ask_RerankerOnOverAKeywordOnlyIndex_ReadsTheEmbeddedModelAtStartAndAnswers()
    {
        using var data = new TempDirectory();

        var result = await InvokeAsync("ask", "what did Russia propose?", "--Retrieval:Reranker=true", $"--contentRoot={TestPaths.RepositoryRoot}", $"--Coverage:DataDirectory={data.Path}", "--Embedding:Enabled=false");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Russia", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ask", "--contentRoot", "/srv/newsbot", "ask", "what?")]
    [InlineData("ask", "--contentRoot=/srv/newsbot", "ask", "what?")]
    [InlineData("ingest", "--Embedding:Enabled=false", "INGEST")]
    [InlineData("bench", "--Logging:LogLevel:Default", "Warning", "bench")]
    [InlineData(null, "--urls", "http://localhost:3979")]
    [InlineData(null, "--urls", "ask")]
    [InlineData(null, new string[0])]
    public void VerbOf_OptionsBeforeTheVerb_FindTheVerbWithoutTakingAValueForIt(string? verb, params string[] args)
    {
        Assert.Equal(verb, NewsBotCommands.VerbOf(args));
    }

    [Theory]
    [InlineData(true, new string[0])]
    [InlineData(true, "--urls", "http://localhost:3979")]
    [InlineData(false, "--help")]
    [InlineData(false, "-h")]
    [InlineData(false, "--contentRoot", "/srv/newsbot", "--version")]
    [InlineData(false, "ask", "what?")]
    public void RunsBot_WithoutAVerb_UnlessHelpOrVersionIsAsked(bool runsBot, params string[] args)
    {
        Assert.Equal(runsBot, NewsBotCommands.RunsBot(args));
    }

    [Fact]
    public async Task Help_WithoutAVerbInARealProcess_ListsTheVerbsAndExitsInsteadOfStartingTheServer()
    {
        var result = await NewsBotProcess.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Without a verb it runs the bot.", result.Output, StringComparison.Ordinal);
        Assert.Contains("ask", result.Output, StringComparison.Ordinal);
        Assert.Contains("eval", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_WithoutAVerb_PrintsTheVersionAndExitsZero()
    {
        var result = await InvokeAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+", result.Output);
    }

    [Fact]
    public async Task Ask_OptionsBeforeTheVerbInARealProcess_AnswersAndExitsInsteadOfStartingTheServer()
    {
        using var data = new TempDirectory();

        var result = await NewsBotProcess.RunAsync(
            "--contentRoot", TestPaths.RepositoryRoot, $"--Coverage:DataDirectory={data.Path}", "--Embedding:Enabled=false", "ask", "what did Russia propose on December 17?");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("On December 17, 2021, the Russian Foreign Ministry released", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_Cancelled_SaysSoInOneLineAndExitsWith130()
    {
        using var data = new TempDirectory();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var result = await InvokeAsync(cancelled.Token, "ingest", "--data", data.Path, $"--contentRoot={TestPaths.RepositoryRoot}", "--Embedding:Enabled=false");

        Assert.Equal(NewsBotCommands.Cancelled, result.ExitCode);
        Assert.Equal($"NewsBot ingest: cancelled.{Environment.NewLine}", result.Error);
        Assert.Empty(result.Output);
    }

    private static Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args) => InvokeAsync(CancellationToken.None, args);

    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await NewsBotCommands.InvokeAsync(args, output, error, cancellationToken: cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
