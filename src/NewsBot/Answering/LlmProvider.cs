namespace NewsBot.Answering;

/// <summary>Which language model, if any, rewrites the retrieved sentences into an answer.</summary>
public enum LlmProvider
{
    /// <summary>No model: answers are extractive only, and nothing ever calls out.</summary>
    None,

    /// <summary>The OpenAI service; needs <see cref="LlmOptions.Model"/> and <see cref="LlmOptions.ApiKey"/>.</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource; needs Endpoint, Deployment and ApiKey.</summary>
    AzureOpenAI,

    /// <summary>Any server speaking the OpenAI chat completions protocol (Ollama, vLLM, llama.cpp); needs Endpoint and Model.</summary>
    OpenAICompatible,
}
