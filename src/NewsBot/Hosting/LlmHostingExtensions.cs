using System.ComponentModel.DataAnnotations;
using Microsoft.SemanticKernel;
using NewsBot.Answering;

namespace NewsBot.Hosting;

/// <summary>
/// Registers the optional language model on the kernel, as an <c>IChatClient</c>, and the <see cref="LlmComposer"/>
/// that uses it. With <c>Llm:Provider</c> None (the default) neither is registered, so nothing can reach out.
/// </summary>
internal static class LlmHostingExtensions
{
    public static IHostApplicationBuilder AddLlm(this IHostApplicationBuilder builder, IKernelBuilder kernel)
    {
        builder.Services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Whether to register is decided now; an invalid section registers nothing and ValidateOnStart reports it.
        var options = builder.Configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        if (!options.IsEnabled || !Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true))
        {
            return builder;
        }

        // Handing the connector our own HttpClient also turns off the OpenAI client's retries and its 100 s network
        // timeout: a slow or failing model should cost one attempt within TimeoutSeconds, then the extractive answer.
        var httpClient = new HttpClient { Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds + 5) };
        switch (options.Provider)
        {
            case LlmProvider.OpenAI:
                kernel.AddOpenAIChatClient(options.Model!, options.ApiKey!, httpClient: httpClient);
                break;
            case LlmProvider.AzureOpenAI:
                kernel.AddAzureOpenAIChatClient(options.Deployment!, options.Endpoint!.AbsoluteUri, options.ApiKey!, modelId: options.Model, httpClient: httpClient);
                break;
            case LlmProvider.OpenAICompatible:
                kernel.AddOpenAIChatClient(options.Model!, CompatibleEndpoint(options.Endpoint!), options.ApiKey, httpClient: httpClient);
                break;
        }

        builder.Services.AddSingleton<LlmComposer>();
        return builder;
    }

    /// <summary>The OpenAI client appends <c>chat/completions</c> to the endpoint, so a bare host gets the usual <c>/v1</c>.</summary>
    internal static Uri CompatibleEndpoint(Uri endpoint) =>
        endpoint.AbsolutePath is "" or "/" ? new Uri(endpoint, "/v1") : endpoint;
}
