using NewsBot.Retrieval;

namespace NewsBot.Tests.Retrieval;

public sealed class Int8QuantizerTests
{
    [Fact]
    public void Quantize_Vector_MapsLargestMagnitudeTo127AndKeepsScale()
    {
        float[] vector = [0.5f, -1f, 0.25f, 0f];
        var codes = new sbyte[4];

        var scale = Int8Quantizer.Quantize(vector, codes);

        Assert.Equal(new sbyte[] { 64, -127, 32, 0 }, codes);
        Assert.Equal(1f / 127f, scale, 6);
    }

    [Fact]
    public void Quantize_ZeroVector_GivesZeroCodesAndScale()
    {
        var codes = new sbyte[] { 1, 2, 3 };

        var scale = Int8Quantizer.Quantize(new float[3], codes);

        Assert.Equal(0f, scale);
        Assert.All(codes, code => Assert.Equal(0, code));
    }

    [Fact]
    public void Dot_LongExtremeVectors_EqualsScalarSum()
    {
        var random = new Random(7);
        var x = new sbyte[389];
        var y = new sbyte[389];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (sbyte)random.Next(-127, 128);
            y[i] = i % 2 == 0 ? (sbyte)127 : (sbyte)-127;
        }

        var expected = x.Zip(y, (a, b) => a * b).Sum();

        Assert.Equal(expected, Int8Quantizer.Dot(x, y));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(48)]
    [InlineData(63)]
    [InlineData(384)]
    [InlineData(401)]
    public void Dot_AnyLengthAndSigns_EqualsScalarSum(int length)
    {
        var random = new Random(length);
        sbyte[] extremes = [-127, -1, 0, 1, 127];
        var x = new sbyte[length];
        var y = new sbyte[length];
        for (var i = 0; i < length; i++)
        {
            x[i] = i % 3 == 0 ? extremes[random.Next(extremes.Length)] : (sbyte)random.Next(-127, 128);
            y[i] = i % 2 == 0 ? extremes[random.Next(extremes.Length)] : (sbyte)random.Next(-127, 128);
        }

        var expected = x.Zip(y, (a, b) => a * b).Sum();

        Assert.Equal(expected, Int8Quantizer.Dot(x, y));
        Assert.Equal(expected, Int8Quantizer.Dot(y, x));
    }

    [Fact]
    public void Dot_AllExtremes_DoesNotSaturate()
    {
        var x = Enumerable.Repeat((sbyte)-127, 384).ToArray();
        var y = Enumerable.Repeat((sbyte)-127, 384).ToArray();

        Assert.Equal(384 * 127 * 127, Int8Quantizer.Dot(x, y));
        Assert.Equal(-384 * 127 * 127, Int8Quantizer.Dot(x, y.Select(v => (sbyte)-v).ToArray()));
    }
}
