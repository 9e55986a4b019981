using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using NewsBot.Answering;
using NewsBot.Hosting;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

public sealed class LlmConfigurationTests
{
    [Fact]
    public async Task DefaultHost_RegistersNoChatClientAndStillAnswersWithCitations()
    {
        using var factory = new NewsBotFactory();
        var client = factory.CreateClient();

        var replies = await Activities.ExchangeAsync(client, Activities.Message("what did Russia propose on December 17?"));

        var services = factory.Services;
        Assert.Equal(LlmProvider.None, services.GetRequiredService<IOptions<LlmOptions>>().Value.Provider);
        Assert.Null(services.GetService<IChatClient>());
        Assert.Null(services.GetService<IChatCompletionService>());
        Assert.Null(services.GetService<LlmComposer>());
        Assert.Empty(services.GetRequiredService<Kernel>().GetAllServices<IChatCompletionService>());
        Assert.Contains("On December 17, 2021, the Russian Foreign Ministry released", replies.OfType("message").Single().Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredHost_RegistersAChatClientOnTheKernelAndTheComposer()
    {
        using var host = Build(new() { ["Llm:Provider"] = "OpenAICompatible", ["Llm:Endpoint"] = "http://127.0.0.1:9", ["Llm:Model"] = "m" });

        Assert.NotNull(host.Services.GetRequiredService<Kernel>().Services.GetService<IChatClient>());
        Assert.NotNull(host.Services.GetService<LlmComposer>());
    }

    [Theory]
    [InlineData("OpenAICompatible", null, "m", "Llm:Endpoint is required")]
    [InlineData("OpenAICompatible", "http://127.0.0.1:9/v1", null, "Llm:Model is required")]
    [InlineData("OpenAI", null, "gpt-4o-mini", "Llm:ApiKey is required")]
    [InlineData("AzureOpenAI", "https://example.invalid/", null, "Llm:Deployment is required")]
    [InlineData("OpenAICompatible", "ftp://127.0.0.1/", "m", "absolute http or https")]
    public async Task InvalidLlmSection_StopsTheHostAtStartNamingTheSetting(string provider, string? endpoint, string? model, string message)
    {
        using var data = new TempDirectory();
        using var host = Build(new() { ["Llm:Provider"] = provider, ["Llm:Endpoint"] = endpoint, ["Llm:Model"] = model, ["Coverage:DataDirectory"] = data.Path });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Null(host.Services.GetService<LlmComposer>());
    }

    [Theory]
    [InlineData("http://localhost:11434", "http://localhost:11434/v1")]
    [InlineData("http://localhost:11434/", "http://localhost:11434/v1")]
    [InlineData("http://vllm:8000/v1", "http://vllm:8000/v1")]
    public void CompatibleEndpoint_BareHost_GetsV1(string configured, string expected)
    {
        Assert.Equal(new Uri(expected), LlmHostingExtensions.CompatibleEndpoint(new Uri(configured)));
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = TestPaths.RepositoryRoot, Args = [] });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddNewsBotCore();
        return builder.Build();
    }
}
