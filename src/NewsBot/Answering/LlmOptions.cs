using System.ComponentModel.DataAnnotations;

namespace NewsBot.Answering;

/// <summary>
/// The optional language model that words answers from the retrieved sentences. Off by default: with
/// <see cref="LlmProvider.None"/> no chat client is registered and no endpoint is ever contacted.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>
    /// The server's base address: required for Azure OpenAI (<c>https://name.openai.azure.com/</c>) and OpenAI-compatible
    /// servers (<c>http://localhost:11434/v1</c>; a bare host gets <c>/v1</c> appended).
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The model name (<c>gpt-4o-mini</c>, <c>llama3.1</c>); for Azure OpenAI, optional and informational.</summary>
    public string? Model { get; set; }

    /// <summary>The Azure OpenAI deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>A secret: set it only through the environment (<c>Llm__ApiKey</c>) or user-secrets, never in a committed file.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one answer may take before the extractive answer is used instead.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How many retrieved sentences the model is shown (and may cite).</summary>
    [Range(1, 50)]
    public int MaxSentences { get; set; } = 8;

    public bool IsEnabled => Provider != LlmProvider.None;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider is LlmProvider.AzureOpenAI or LlmProvider.OpenAICompatible && Endpoint is null)
        {
            yield return new ValidationResult($"Llm:Endpoint is required when Llm:Provider is {Provider}.", [nameof(Endpoint)]);
        }

        if (Endpoint is not null && (!Endpoint.IsAbsoluteUri || Endpoint.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("Llm:Endpoint must be an absolute http or https address.", [nameof(Endpoint)]);
        }

        if (Provider is LlmProvider.OpenAI or LlmProvider.OpenAICompatible && string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult($"Llm:Model is required when Llm:Provider is {Provider}.", [nameof(Model)]);
        }

        if (Provider is LlmProvider.AzureOpenAI && string.IsNullOrWhiteSpace(Deployment))
        {
            yield return new ValidationResult("Llm:Deployment is required when Llm:Provider is AzureOpenAI.", [nameof(Deployment)]);
        }

        if (Provider is LlmProvider.OpenAI or LlmProvider.AzureOpenAI && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult($"Llm:ApiKey is required when Llm:Provider is {Provider}; set it in the environment as Llm__ApiKey.", [nameof(ApiKey)]);
        }
    }
}
