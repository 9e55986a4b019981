using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsBot.Evaluation;

namespace NewsBot.Hosting;

/// <summary>
/// The corpus file <c>bench</c> ingests: <see cref="ScaledCorpus"/> written to
/// <c>bench-corpus-&lt;n&gt;-&lt;hash&gt;.jsonl</c>, where the hash covers the generator's format, n and the source
/// records, so a rerun with the same inputs reuses the file and any other input gets a file of its own.
/// </summary>
internal static class BenchCorpus
{
    /// <summary>The path of the corpus, and whether it was generated now (false: an earlier run's file was reused).</summary>
    public static async Task<(string Path, bool Generated)> EnsureAsync(IReadOnlyList<string> corpora, int count, string directory, CancellationToken cancellationToken = default)
    {
        var sources = new List<string[]>(corpora.Count);
        foreach (var corpus in corpora)
        {
            sources.Add(await File.ReadAllLinesAsync(corpus, Encoding.UTF8, cancellationToken).ConfigureAwait(false));
        }

        var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"bench-corpus-{count}-{Hash(sources, count)}.jsonl"));
        if (File.Exists(path))
        {
            return (path, false);
        }

        // Written aside and renamed, so an interrupted run never leaves a partial file that a rerun would take as done.
        Directory.CreateDirectory(directory);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" })
            {
                foreach (var record in ScaledCorpus.Generate(sources, count))
                {
                    await writer.WriteLineAsync(record.AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return (path, true);
    }

    /// <summary>SHA-256 of what decides the output: the format, n, and the non-blank source records in order.</summary>
    private static string Hash(List<string[]> sources, int count)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{ScaledCorpus.Format}\n{count}\n")));
        foreach (var record in sources.SelectMany(s => s).Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(record));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
