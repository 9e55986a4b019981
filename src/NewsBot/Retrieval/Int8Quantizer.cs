using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsBot.Retrieval;

/// <summary>
/// Symmetric per-vector int8 quantisation and the integer dot product over its codes.
/// </summary>
/// <remarks>
/// For a vector v with m = max_j |v_j|:
/// <code>
///   scale = m / 127        q_j = round(v_j / scale) ∈ [-127, 127]        v_j ≈ scale · q_j
///   v · w ≈ scale_v · scale_w · Σ_j q_j r_j
/// </code>
/// The rounding error per component is at most scale / 2, so for unit vectors in d = 384 dimensions a dot product is off by
/// about 1e-3 at most, well under the gap that separates a relevant sentence from the rest, but enough to swap near-ties
/// (which the index settles by re-scoring in float). -128 is never produced, so |q_j · r_j| ≤ 127² = 16,129 fits a short.
/// </remarks>
public static class Int8Quantizer
{
    /// <summary>Writes the codes of <paramref name="vector"/> to <paramref name="codes"/> and returns the scale.</summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> codes)
    {
        if (codes.Length != vector.Length)
        {
            throw new ArgumentException("Codes must be as long as the vector.", nameof(codes));
        }

        var maxAbs = vector.IsEmpty ? 0f : MathF.Abs(TensorPrimitives.MaxMagnitude(vector));
        if (maxAbs == 0f || !float.IsFinite(maxAbs))
        {
            codes.Clear();
            return 0f;
        }

        var inverse = 127f / maxAbs;
        for (var j = 0; j < vector.Length; j++)
        {
            codes[j] = (sbyte)Math.Clamp(MathF.Round(vector[j] * inverse), -127f, 127f);
        }

        return maxAbs / 127f;
    }

    /// <summary>Σ_j x_j · y_j over int8 codes, exact in 32-bit integers.</summary>
    public static int Dot(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("Code vectors must have the same length.", nameof(y));
        }

        var total = 0;
        var i = 0;
        if (Avx2.IsSupported && x.Length >= 16)
        {
            // Sign-extend 16 codes to 16-bit lanes and multiply-add adjacent pairs into 32-bit lanes (vpmaddwd):
            // 16 products per instruction, no overflow (|q| ≤ 127, so a pair sums to at most 32,258).
            var acc = Vector256<int>.Zero;
            ref var xs = ref MemoryMarshal.GetReference(x);
            ref var ys = ref MemoryMarshal.GetReference(y);
            for (; i <= x.Length - 16; i += 16)
            {
                var xw = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref xs, (nuint)i));
                var yw = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref ys, (nuint)i));
                acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(xw, yw));
            }

            total = Vector256.Sum(acc);
        }
        else
        {
            var sums = Vector<int>.Zero;
            for (; i <= x.Length - Vector<sbyte>.Count; i += Vector<sbyte>.Count)
            {
                Vector.Widen(new Vector<sbyte>(x[i..]), out var xLow, out var xHigh);
                Vector.Widen(new Vector<sbyte>(y[i..]), out var yLow, out var yHigh);
                Vector.Widen(xLow * yLow, out var p0, out var p1);
                Vector.Widen(xHigh * yHigh, out var p2, out var p3);
                sums += p0 + p1 + (p2 + p3);
            }

            total = Vector.Sum(sums);
        }

        for (; i < x.Length; i++)
        {
            total += x[i] * y[i];
        }

        return total;
    }
}
