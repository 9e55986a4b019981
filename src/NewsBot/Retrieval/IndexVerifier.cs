using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace NewsBot.Retrieval;

/// <summary>
/// Opens a built index folder and proves it whole before it is served: Lucene reads <c>segments_N</c> and every
/// <c>.si</c> on open and <see cref="KeywordIndex.CheckIntegrity"/> checks each segment file's checksum footer; the
/// vector file is verified against its own checksum as it loads (<see cref="VectorIndexFile"/>). A folder that fails
/// any of these is moved aside, under <c>damaged/</c> in the data directory for a person to look at, and the caller
/// builds it again from the sources.
/// </summary>
internal static class IndexVerifier
{
    /// <summary>The folder of the data directory that damaged indexes are moved into.</summary>
    public const string DamagedFolder = "damaged";

    /// <summary>The keyword index and, when <paramref name="withVectors"/>, the vector index of a folder, both verified.</summary>
    public static (KeywordIndex Keywords, VectorIndex? Vectors) Open(string path, bool withVectors, int probes, ILogger logger)
    {
        var stopwatch = Stopwatch.StartNew();
        var keywords = KeywordIndex.Open(path);
        try
        {
            keywords.CheckIntegrity();
            var vectors = withVectors ? VectorIndex.Load(path, probes) : null;
            Log.IndexVerified(logger, path, stopwatch.ElapsedMilliseconds);
            return (keywords, vectors);
        }
        catch
        {
            keywords.Dispose();
            throw;
        }
    }

    /// <summary>Whether an exception from <see cref="Open"/> means the files are damaged (rather than the load being stopped).</summary>
    public static bool IsDamage(Exception exception) =>
        exception is not OperationCanceledException and not OutOfMemoryException;

    /// <summary>Moves <paramref name="path"/> to <c>damaged/&lt;name&gt;-&lt;time&gt;</c> beside the index root; returns where.</summary>
    public static string MoveAside(string path, string dataDirectory, TimeProvider time)
    {
        var aside = Path.Combine(dataDirectory, DamagedFolder, $"{Path.GetFileName(path)}-{time.GetUtcNow():yyyyMMddTHHmmssfff}");
        Directory.CreateDirectory(Path.GetDirectoryName(aside)!);
        Directory.Move(path, aside);
        return aside;
    }
}
