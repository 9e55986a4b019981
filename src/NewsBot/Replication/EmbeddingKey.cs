using System.IO.Hashing;
using System.Text;
using NewsBot.Embeddings;

namespace NewsBot.Replication;

/// <summary>
/// The key of a sentence vector in the database:
/// <code>
///   key = XxHash128(UTF-8(model id + "\n" + EmbeddingText.Normalize(text)))
/// </code>
/// The same text under the same model is one row however many articles or instances carry it; another model's vectors
/// never answer for it. 128 bits make a collision among a billion sentences about 10^-21 likely.
/// </summary>
public static class EmbeddingKey
{
    public static byte[] Of(string modelId, string text)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentNullException.ThrowIfNull(text);

        return XxHash128.Hash(Encoding.UTF8.GetBytes($"{modelId}\n{EmbeddingText.Normalize(text)}"));
    }
}
