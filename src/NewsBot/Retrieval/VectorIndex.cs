using System.IO.MemoryMappedFiles;
using System.Numerics.Tensors;

namespace NewsBot.Retrieval;

/// <summary>
/// Nearest-neighbour search by cosine similarity over sentence vectors kept as int8: exact, with a float re-score of the
/// best, up to <see cref="DefaultPartitionThreshold"/> vectors; over the nearest lists of an inverted-file partition
/// (<see cref="VectorPartitions"/>) beyond.
/// </summary>
/// <remarks>
/// <para>Each vector v is stored as its unit vector u = v / |v| (so cosine is a dot product), quantised per vector
/// (see <see cref="Int8Quantizer"/>): s = max_j |u_j| / 127, q_j = round(u_j / s). A query u' is quantised the same way and
/// every row scored with integers, then the best C rows are re-scored exactly in float and the best k returned:</para>
/// <code>
///   approx_i = s' · s_i · Σ_j q'_j q_ij        C = min(n, max(4k, k + 32))        score_i = Σ_j u'_j u_ij
/// </code>
/// <para>Memory against latency: the scan touches only the int8 codes and scales, d + 4 bytes a vector (388 B for d = 384,
/// against 1,536 B in float), so a million sentences keep 370 MB resident, not 1.4 GB. The float rows stay in the index
/// file, memory-mapped; a query reads back only its C candidates (C · 4d bytes, a few pages), which the OS keeps cached while
/// warm and may drop under pressure, costing a page fault, not a rebuild. The scan is n · d int8 multiply-adds (SIMD) and the
/// re-score C · d float ones. A freshly built index holds its float rows in memory until it is saved and loaded again.</para>
/// <para>Beyond <see cref="DefaultPartitionThreshold"/> vectors the rows are partitioned into k ≈ √n lists and stored list by
/// list; a search scans the int8 codes of the <see cref="DefaultProbes"/> lists whose centroids are nearest the query, about
/// p/k of the rows (12.5 % at 3.5 million sentences), and returns the best by their int8 estimate (within about 1 % of the
/// cosine) without the float re-score, so that the float rows of a large index are never paged in. A true neighbour filed
/// under a list that is not probed is missed; the probe count trades that recall against time. Questions are worded unlike
/// the sentences that answer them, so their vectors fall between centroids more often than a sentence's would: over real
/// sentence embeddings in 1,024 lists with real questions as queries, recall@10 against the exact search is about 0.87 with
/// 48 lists, 0.93 with 128 and 0.95 with 192 (ranking by the int8 estimate alone caps it near 0.97 even over every list).
/// The scan of a probed list is bound by memory bandwidth, about 26 ns a row at 3.5 million sentences, so 128 lists cost
/// about 12 ms (p95 20 ms) and 48 about 4 ms.</para>
/// <para>Search is thread-safe. Save writes a temporary file in the same directory and renames it over the old one, so a reader
/// sees the old file or the new one, never half of one; an index already loaded keeps reading the file it mapped.</para>
/// </remarks>
public sealed class VectorIndex : IDisposable
{
    public const string FileName = "vectors.nbvi";

    /// <summary>Indexes of at least this many vectors are partitioned; below it an exact scan takes a few milliseconds.</summary>
    public const int DefaultPartitionThreshold = 200_000;

    /// <summary>Lists a partitioned search scans unless told otherwise (see <see cref="RetrievalOptions.VectorProbes"/>).</summary>
    public const int DefaultProbes = 128;

    private readonly string[] _ids;
    private readonly float[] _scales;
    private readonly sbyte[] _codes;
    private readonly float[]? _rows;
    private readonly MemoryMappedFile? _file;
    private readonly MemoryMappedViewAccessor? _mappedRows;
    private readonly float[]? _centroids;
    private readonly int[]? _listStarts;

    /// <summary>For a fresh partitioned build: which row of <see cref="_rows"/> each stored position holds.</summary>
    private readonly int[]? _rowOf;

    private VectorIndex(
        int dimensions,
        string[] ids,
        float[] scales,
        sbyte[] codes,
        float[]? rows,
        MemoryMappedFile? file,
        MemoryMappedViewAccessor? mappedRows,
        (float[] Centroids, int[] ListStarts)? partitions = null,
        int[]? rowOf = null,
        int probes = DefaultProbes)
    {
        Probes = probes;
        _centroids = partitions?.Centroids;
        _listStarts = partitions?.ListStarts;
        _rowOf = rowOf;
        Dimensions = dimensions;
        _ids = ids;
        _scales = scales;
        _codes = codes;
        _rows = rows;
        _file = file;
        _mappedRows = mappedRows;
    }

    public int Count => _ids.Length;

    /// <summary>Length of every indexed vector; 0 for an index built from no entries.</summary>
    public int Dimensions { get; }

    /// <summary>Partition lists; 0 when searches are exact.</summary>
    public int Lists => _listStarts is null ? 0 : _listStarts.Length - 1;

    /// <summary>Lists a search scans when the index is partitioned and the caller names no other count.</summary>
    public int Probes { get; }

    /// <summary>
    /// Whether <paramref name="directory"/> holds an index file this build can load; false for none, or for one written in
    /// another format version, which is rebuilt rather than read.
    /// </summary>
    public static bool Exists(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return VectorIndexFile.IsCurrent(Path.Combine(directory, FileName));
    }

    public static VectorIndex Build(IEnumerable<VectorEntry> entries, int partitionThreshold = DefaultPartitionThreshold)
    {
        ArgumentNullException.ThrowIfNull(entries);

        var list = entries.ToList();
        var dimensions = list.Count == 0 ? 0 : list[0].Vector.Length;
        var ids = new string[list.Count];
        var rows = new float[list.Count * dimensions];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var entry = list[i] ?? throw new ArgumentException("Entries must not be null.", nameof(entries));
            ArgumentNullException.ThrowIfNull(entry.Id, nameof(entries));
            if (entry.Vector.Length != dimensions || dimensions == 0)
            {
                throw new ArgumentException($"Entry '{entry.Id}' has {entry.Vector.Length} dimensions; expected {dimensions} (and more than 0).", nameof(entries));
            }

            if (!seen.Add(entry.Id))
            {
                throw new ArgumentException($"Entry id '{entry.Id}' occurs twice.", nameof(entries));
            }

            ids[i] = entry.Id;
            ToUnit(entry.Vector.Span, rows.AsSpan(i * dimensions, dimensions));
        }

        if (list.Count < partitionThreshold || list.Count == 0)
        {
            var (scales, codes) = QuantizeRows(rows, Enumerable.Range(0, list.Count).ToArray(), dimensions);
            return new VectorIndex(dimensions, ids, scales, codes, rows, null, null);
        }

        var (centroids, rowOf, listStarts) = VectorPartitions.Build(rows, list.Count, dimensions);
        var (partitionedScales, partitionedCodes) = QuantizeRows(rows, rowOf, dimensions);
        var partitionedIds = rowOf.Select(i => ids[i]).ToArray();
        return new VectorIndex(dimensions, partitionedIds, partitionedScales, partitionedCodes, rows, null, null, (centroids, listStarts), rowOf);
    }

    /// <summary>Loads an index saved by <see cref="Save"/> from <paramref name="directory"/>, to scan <paramref name="probes"/> lists a search.</summary>
    public static VectorIndex Load(string directory, int probes = DefaultProbes)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(probes);

        var path = Path.Combine(directory, FileName);
        var (header, ids, scales, codes, centroids, listStarts) = VectorIndexFile.Read(path);
        var partitions = centroids is not null && listStarts is not null ? (centroids, listStarts) : ((float[], int[])?)null;
        if (header.Count == 0)
        {
            return new VectorIndex(header.Dimensions, ids, scales, codes, [], null, null, probes: probes);
        }

        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        try
        {
            var rows = file.CreateViewAccessor(VectorIndexFile.RowsOffset, header.RowsByteLength, MemoryMappedFileAccess.Read);
            return new VectorIndex(header.Dimensions, ids, scales, codes, null, file, rows, partitions, probes: probes);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Writes the index to <see cref="FileName"/> in <paramref name="directory"/>, replacing any earlier one atomically.</summary>
    public void Save(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);

        Directory.CreateDirectory(directory);
        var row = new float[Dimensions];
        VectorIndexFile.Write(Path.Combine(directory, FileName), Dimensions, _ids, _scales, _codes, i =>
        {
            ReadRow(i, row);
            return row;
        }, _centroids, _listStarts);
    }

    /// <summary>The <paramref name="k"/> indexed vectors most similar to <paramref name="query"/>, by cosine, best first.</summary>
    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int k, int? probes = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        if (Count == 0)
        {
            return [];
        }

        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"The query has {query.Length} dimensions; the index has {Dimensions}.", nameof(query));
        }

        var unitQuery = new float[Dimensions];
        ToUnit(query, unitQuery);
        if (_centroids is not null && _listStarts is not null)
        {
            // Partitioned: the int8 scores of the probed lists are the answer; no float rows are read, so a large
            // index keeps only its codes resident.
            var ranges = VectorPartitions.Probe(_centroids, Dimensions, unitQuery, probes ?? Probes).Select(l => (_listStarts[l], _listStarts[l + 1])).ToArray();
            return ScanQuantized(unitQuery, Math.Min(Count, k), ranges)
                .Select(hit => new VectorHit { Id = _ids[hit.Index], Score = hit.Score })
                .ToArray();
        }

        var candidates = ScanQuantized(unitQuery, Math.Min(Count, Math.Max(4 * k, k + 32)), [(0, Count)]);
        var row = new float[Dimensions];
        var hits = new List<(int Index, float Score)>(candidates.Length);
        foreach (var (index, _) in candidates)
        {
            ReadRow(index, row);
            hits.Add((index, TensorPrimitives.Dot(unitQuery, row)));
        }

        return hits
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Index)
            .Take(k)
            .Select(hit => new VectorHit { Id = _ids[hit.Index], Score = hit.Score })
            .ToArray();
    }

    /// <summary>
    /// The unit vectors of the rows whose ids start with <paramref name="prefix"/> (an article's sentences, <c>id#</c>):
    /// one pass over the ids, then only those rows read.
    /// </summary>
    internal List<(string Id, float[] Vector)> RowsStartingWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);

        var rows = new List<(string, float[])>();
        for (var i = 0; i < _ids.Length; i++)
        {
            if (_ids[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                var row = new float[Dimensions];
                ReadRow(i, row);
                rows.Add((_ids[i], row));
            }
        }

        return rows;
    }

    /// <summary>Row indexes of the <paramref name="count"/> best rows by the int8 score alone, best first.</summary>
    internal int[] ScanQuantized(ReadOnlySpan<float> unitQuery, int count) => ScanQuantized(unitQuery, count, [(0, Count)]).Select(hit => hit.Index).ToArray();

    /// <summary>
    /// The <paramref name="count"/> best rows in <paramref name="ranges"/> (start, end) by the int8 estimate of the cosine,
    /// s' · s_i · Σ_j q'_j q_ij, best first.
    /// </summary>
    private (int Index, float Score)[] ScanQuantized(ReadOnlySpan<float> unitQuery, int count, (int Start, int End)[] ranges)
    {
        var queryCodes = new sbyte[Dimensions];
        var queryScale = Int8Quantizer.Quantize(unitQuery, queryCodes);

        // A min-heap of the best rows so far: the root is the weakest and is the one replaced.
        var best = new PriorityQueue<int, float>(count + 1);
        foreach (var (start, end) in ranges)
        {
            for (var i = start; i < end; i++)
            {
                var score = _scales[i] * Int8Quantizer.Dot(queryCodes, _codes.AsSpan(i * Dimensions, Dimensions));
                if (best.Count < count)
                {
                    best.Enqueue(i, score);
                }
                else if (best.TryPeek(out _, out var weakest) && score > weakest)
                {
                    best.DequeueEnqueue(i, score);
                }
            }
        }

        var result = new (int Index, float Score)[best.Count];
        for (var slot = result.Length - 1; slot >= 0; slot--)
        {
            best.TryDequeue(out var index, out var score);
            result[slot] = (index, queryScale * score);
        }

        return result;
    }

    public void Dispose()
    {
        _mappedRows?.Dispose();
        _file?.Dispose();
    }

    private void ReadRow(int index, float[] destination)
    {
        if (_rows is not null)
        {
            _rows.AsSpan((_rowOf?[index] ?? index) * Dimensions, Dimensions).CopyTo(destination);
            return;
        }

        _mappedRows!.ReadArray((long)index * Dimensions * sizeof(float), destination, 0, Dimensions);
    }

    private static void ToUnit(ReadOnlySpan<float> vector, Span<float> destination)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0f && float.IsFinite(norm))
        {
            TensorPrimitives.Divide(vector, norm, destination);
        }
        else
        {
            destination.Clear();
        }
    }

    /// <summary>Position i of the result holds row <c>order[i]</c> of <paramref name="rows"/>.</summary>
    private static (float[] Scales, sbyte[] Codes) QuantizeRows(float[] rows, int[] order, int dimensions)
    {
        var scales = new float[order.Length];
        var codes = new sbyte[order.Length * dimensions];
        for (var i = 0; i < order.Length; i++)
        {
            scales[i] = Int8Quantizer.Quantize(rows.AsSpan(order[i] * dimensions, dimensions), codes.AsSpan(i * dimensions, dimensions));
        }

        return (scales, codes);
    }
}
