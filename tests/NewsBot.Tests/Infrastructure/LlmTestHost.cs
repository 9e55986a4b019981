using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using NewsBot.Answering;
using NewsBot.Hosting;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Infrastructure;

/// <summary>
/// NewsBot's core host (what <c>ask</c> runs) wired to a model purely through configuration
/// (<c>Llm:Provider=OpenAICompatible</c>, <c>Llm:Endpoint</c>), with a keyword-only index of <paramref name="seeds"/>
/// in a temp directory. Questions go through the kernel's <c>answer_question</c> function, as the bot's do.
/// </summary>
internal sealed class LlmTestHost(IHost host, TempDirectory data, ListLoggerProvider logs) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    public ListLoggerProvider Logs => logs;

    public static async Task<LlmTestHost> StartAsync(Uri endpoint, string seeds, int timeoutSeconds = 30)
    {
        var data = new TempDirectory();
        var logs = new ListLoggerProvider();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = TestPaths.RepositoryRoot, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Coverage:Folders:0"] = seeds,
            ["Coverage:DataDirectory"] = data.Path,
            ["Embedding:Enabled"] = "false",
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = endpoint.AbsoluteUri,
            ["Llm:Model"] = "test-model",
            ["Llm:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.AddNewsBotCore();
        var host = builder.Build();
        await host.StartAsync();
        return new LlmTestHost(host, data, logs);
    }

    public async Task<Answer> AskAsync(string question)
    {
        var kernel = host.Services.GetRequiredService<Kernel>();
        var answer = await kernel.InvokeAsync<Answer>(CoveragePlugin.PluginName, CoveragePlugin.AnswerFunction, new KernelArguments { ["question"] = question });
        return answer!;
    }

    /// <summary>The answer the extractive composer alone gives, to compare a fallback with.</summary>
    public async Task<Answer> ExtractiveAsync(string question)
    {
        var library = host.Services.GetRequiredService<NewsBot.Retrieval.CoverageLibrary>();
        var index = library.Current!;
        var passages = await index.RetrieveAsync(question, new AnsweringOptions().CandidateCount);
        return ExtractiveComposer.Compose(question, passages, index.Corpus, new AnsweringOptions());
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        logs.Dispose();
        data.Dispose();
    }
}
