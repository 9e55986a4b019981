using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Retrieval;

/// <summary>
/// The content hash of a coverage, kept up to date change by change:
/// <code>
///   acc = ⊕_{articles a} SHA-256(id_a ":" hash_a)        version = hex(SHA-256(format "\n" model "\n" hex(acc)))
/// </code>
/// XOR is its own inverse and ignores order, so putting or removing an article updates acc in O(1) and any two stores
/// holding the same articles under the same model and format agree on the version, whatever order they applied them in.
/// </summary>
internal sealed class ContentVersion(string format, string model)
{
    private readonly byte[] _accumulator = new byte[SHA256.HashSizeInBytes];

    public void Toggle(string articleId, string hash)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{articleId}:{hash}"), digest);
        for (var i = 0; i < digest.Length; i++)
        {
            _accumulator[i] ^= digest[i];
        }
    }

    public ContentVersion Copy()
    {
        var copy = new ContentVersion(format, model);
        _accumulator.CopyTo(copy._accumulator, 0);
        return copy;
    }

    public override string ToString() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{format}\n{model}\n{Convert.ToHexStringLower(_accumulator)}")));
}
