namespace NewsBot.Retrieval;

/// <summary>
/// What a store does with damage found on open (<see cref="EmbeddedCoverageStore"/> proves its files whole before it
/// serves them: Lucene reads <c>segments_N</c> and every <c>.si</c> on open and each segment file's checksum footer is
/// checked; a vector file is verified against its own checksum as it loads, <see cref="VectorIndexFile"/>): the folder
/// is moved aside, under <c>damaged/</c> in the data directory for a person to look at, and the caller builds it again
/// from the sources.
/// </summary>
internal static class IndexVerifier
{
    /// <summary>The folder of the data directory that damaged indexes are moved into.</summary>
    public const string DamagedFolder = "damaged";

    /// <summary>Whether an exception from opening a store means the files are damaged (rather than the load being stopped).</summary>
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
