using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsBot.Retrieval;

/// <summary>
/// An inverted-file partition of unit vectors for approximate search: k centroids from spherical k-means, and every row
/// assigned to its nearest centroid. A search scores the k centroids and scans only the rows of the best few lists.
/// </summary>
/// <remarks>
/// <code>
///   k = clamp(round(√n), 16, 1024)                         lists
///   training: m = min(n, 32k) rows taken at an even stride; centroids start at every (m/k)-th of them; then
///             Iterations rounds of  c_j ← normalise(Σ_{x ∈ list j} x)  with x in list argmax_j x·c_j
///             (an emptied list takes the sample row at a stride from the round's number, so every run is the same)
///   assign:   list(x) = argmax_j x·c_j  for every row
/// </code>
/// With k ≈ √n lists of about √n rows, a search that probes p lists scans about p·√n rows instead of n: at 3.5 million
/// sentences, 128 of 1,024 lists are 12.5 % of the rows. Training costs m·k·d per round and assigning n·k·d, spread over
/// every core.
/// </remarks>
public static class VectorPartitions
{
    public const int Iterations = 8;

    public static int ListCount(int rows) => Math.Clamp((int)Math.Round(Math.Sqrt(rows)), 16, 1024);

    /// <summary>
    /// Partitions <paramref name="rows"/> (n · d, unit rows): the centroids (k · d, unit rows); the rows in storage order,
    /// list by list and in their own order within a list; and where each list starts in that order (k + 1 offsets, the
    /// last n), so a probed list is one contiguous range.
    /// </summary>
    public static (float[] Centroids, int[] Order, int[] ListStarts) Build(float[] rows, int count, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(rows);

        var k = Math.Min(ListCount(count), count);
        var sampleSize = Math.Min(count, 32 * k);
        var sample = Enumerable.Range(0, sampleSize).Select(i => (int)((long)i * count / sampleSize)).ToArray();
        var centroids = new float[k * dimensions];
        for (var j = 0; j < k; j++)
        {
            Row(rows, sample[(int)((long)j * sampleSize / k)], dimensions).CopyTo(centroids.AsSpan(j * dimensions, dimensions));
        }

        var sampleLists = new int[sampleSize];
        var sums = new float[k * dimensions];
        var sizes = new int[k];
        for (var round = 0; round < Iterations; round++)
        {
            Assign(centroids, k, rows, dimensions, sample, sampleLists);
            Array.Clear(sums);
            Array.Clear(sizes);
            for (var i = 0; i < sampleSize; i++)
            {
                var list = sampleLists[i];
                sizes[list]++;
                TensorPrimitives.Add(sums.AsSpan(list * dimensions, dimensions), Row(rows, sample[i], dimensions), sums.AsSpan(list * dimensions, dimensions));
            }

            for (var j = 0; j < k; j++)
            {
                var centroid = centroids.AsSpan(j * dimensions, dimensions);
                var sum = sums.AsSpan(j * dimensions, dimensions);
                var norm = TensorPrimitives.Norm(sum);
                if (sizes[j] == 0 || !(norm > 0f))
                {
                    Row(rows, sample[((round + 1) * 7919 + j) % sampleSize], dimensions).CopyTo(centroid);
                }
                else
                {
                    TensorPrimitives.Divide(sum, norm, centroid);
                }
            }
        }

        var lists = new int[count];
        Assign(centroids, k, rows, dimensions, null, lists);
        var listStarts = new int[k + 1];
        foreach (var list in lists)
        {
            listStarts[list + 1]++;
        }

        for (var j = 1; j < listStarts.Length; j++)
        {
            listStarts[j] += listStarts[j - 1];
        }

        // A counting sort: rows in ascending order land list by list, each list in its rows' own order.
        var order = new int[count];
        var next = listStarts[..k];
        for (var i = 0; i < count; i++)
        {
            order[next[lists[i]]++] = i;
        }

        return (centroids, order, listStarts);
    }

    /// <summary>The <paramref name="probes"/> lists whose centroids are most similar to <paramref name="unitQuery"/>.</summary>
    public static int[] Probe(float[] centroids, int dimensions, ReadOnlySpan<float> unitQuery, int probes)
    {
        ArgumentNullException.ThrowIfNull(centroids);

        var k = centroids.Length / dimensions;
        var scores = new float[k];
        for (var j = 0; j < k; j++)
        {
            scores[j] = TensorPrimitives.Dot(unitQuery, centroids.AsSpan(j * dimensions, dimensions));
        }

        return Enumerable.Range(0, k).OrderByDescending(j => scores[j]).ThenBy(j => j).Take(Math.Min(probes, k)).ToArray();
    }

    /// <summary>
    /// <c>lists[i] = argmax_j x·c_j</c> for x the row <c>which[i]</c> of <paramref name="rows"/> (row i when null), four rows at
    /// a time on every core.
    /// </summary>
    private static void Assign(float[] centroids, int k, float[] rows, int dimensions, int[]? which, int[] lists)
    {
        Parallel.For(0, (lists.Length + 3) / 4, block =>
        {
            // A last, short block repeats its final row; only the results for real rows are kept.
            Span<int> nearest = stackalloc int[4];
            var first = block * 4;
            var last = Math.Min(first + 3, lists.Length - 1);
            int At(int i) => which is null ? Math.Min(i, last) : which[Math.Min(i, last)];
            NearestOfFour(centroids, k, Row(rows, At(first), dimensions), Row(rows, At(first + 1), dimensions), Row(rows, At(first + 2), dimensions), Row(rows, At(first + 3), dimensions), nearest);
            nearest[..(last - first + 1)].CopyTo(lists.AsSpan(first));
        });
    }

    /// <summary>
    /// The nearest centroid of each of four rows. Each chunk of a centroid is loaded once for all four rows, which halves the
    /// loads per multiply-add of scoring one row at a time: assigning 3.5 million rows to 1,024 lists is 1.4 · 10¹² of them.
    /// </summary>
    private static void NearestOfFour(float[] centroids, int k, ReadOnlySpan<float> r0, ReadOnlySpan<float> r1, ReadOnlySpan<float> r2, ReadOnlySpan<float> r3, Span<int> nearest)
    {
        var dimensions = r0.Length;
        var vectorEnd = dimensions - (dimensions % Vector256<float>.Count);
        ref var x0 = ref MemoryMarshal.GetReference(r0);
        ref var x1 = ref MemoryMarshal.GetReference(r1);
        ref var x2 = ref MemoryMarshal.GetReference(r2);
        ref var x3 = ref MemoryMarshal.GetReference(r3);
        Span<float> best = [float.NegativeInfinity, float.NegativeInfinity, float.NegativeInfinity, float.NegativeInfinity];
        nearest.Clear();
        for (var j = 0; j < k; j++)
        {
            var centroid = centroids.AsSpan(j * dimensions, dimensions);
            ref var c = ref MemoryMarshal.GetReference(centroid);
            var a0 = Vector256<float>.Zero;
            var a1 = Vector256<float>.Zero;
            var a2 = Vector256<float>.Zero;
            var a3 = Vector256<float>.Zero;
            for (var i = 0; i < vectorEnd; i += Vector256<float>.Count)
            {
                var cv = Vector256.LoadUnsafe(ref c, (nuint)i);
                a0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x0, (nuint)i), cv, a0);
                a1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x1, (nuint)i), cv, a1);
                a2 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x2, (nuint)i), cv, a2);
                a3 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x3, (nuint)i), cv, a3);
            }

            float s0 = Vector256.Sum(a0), s1 = Vector256.Sum(a1), s2 = Vector256.Sum(a2), s3 = Vector256.Sum(a3);
            for (var i = vectorEnd; i < dimensions; i++)
            {
                s0 += r0[i] * centroid[i];
                s1 += r1[i] * centroid[i];
                s2 += r2[i] * centroid[i];
                s3 += r3[i] * centroid[i];
            }

            Keep(0, s0, j, best, nearest);
            Keep(1, s1, j, best, nearest);
            Keep(2, s2, j, best, nearest);
            Keep(3, s3, j, best, nearest);
        }
    }

    private static void Keep(int row, float score, int list, Span<float> best, Span<int> nearest)
    {
        if (score > best[row])
        {
            best[row] = score;
            nearest[row] = list;
        }
    }

    private static ReadOnlySpan<float> Row(float[] rows, int index, int dimensions) => rows.AsSpan(index * dimensions, dimensions);
}
