using System.Buffers;
using System.Text.Json;
using Agora.Core.Tournaments;
using CsCheck;

namespace Agora.Core.Tests.Tournaments;

public sealed class JsonNumberArraysTests
{
    [Fact]
    public void Special_doubles_are_written_as_the_json_writer_writes_them()
    {
        double[] values = [0.0, -0.0, 1, -1, 2.345, 1e-7, 1.5e300, double.Epsilon, -double.MaxValue, 1.0 / 3, double.NaN, double.PositiveInfinity, 3, 3, 0.1 + 0.2];
        Assert.Equal(Reference(values), Raw(values));
        const string Once = "[0,-0,1,-1,2.345,1E-07,1.5E+300,5E-324,-1.7976931348623157E+308,0.3333333333333333,null,null,3,3,0.30000000000000004]";
        Assert.Equal($"[{Once},{Once}]", System.Text.Encoding.UTF8.GetString(Raw(values)));
    }

    [Fact]
    public void Any_doubles_and_integers_give_the_same_bytes_as_one_write_per_number()
    {
        // Small integer ratios repeat (the cache path); arbitrary doubles do not (the formatting path).
        Gen.Select(Gen.Int[0, 1000], Gen.Int[1, 200], (a, b) => (double)a / b).Array[0, 300]
            .Select(Gen.Double.Array[0, 50], (ratios, any) => (double[])[.. ratios, .. any, .. ratios])
            .Sample(values => Reference(values).AsSpan().SequenceEqual(Raw(values)));
        Gen.Int.Array[0, 100].Sample(values => Reference(values).AsSpan().SequenceEqual(Raw(values)));
        Gen.Long.Array[0, 100].Sample(values => Reference(values).AsSpan().SequenceEqual(Raw(values)));
    }

    [Fact]
    public void More_distinct_doubles_than_the_cache_holds_are_still_written_exactly()
    {
        // 70,000 distinct values: the table grows several times and then stops remembering new ones.
        double[] values = [.. Enumerable.Range(0, 70_000).Select(i => i / 3.0)];
        Assert.Equal(Reference(values), Raw(values));
    }

    private static byte[] Raw<T>(T[] values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var numbers = new JsonNumberArrays();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            switch (values)
            {
                case double[] d:
                    numbers.WriteDoubles(writer, d);
                    numbers.WriteDoubles(writer, d); // the second pass reads every value from the cache
                    break;
                case int[] i:
                    numbers.WriteIntegers(writer, i);
                    numbers.WriteIntegers(writer, i);
                    break;
                case long[] l:
                    numbers.WriteIntegers(writer, l);
                    numbers.WriteIntegers(writer, l);
                    break;
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Reference<T>(T[] values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (int pass = 0; pass < 2; pass++)
            {
                writer.WriteStartArray();
                foreach (T value in values)
                {
                    switch (value)
                    {
                        case double d when double.IsFinite(d):
                            writer.WriteNumberValue(d);
                            break;
                        case double:
                            writer.WriteNullValue();
                            break;
                        case int i:
                            writer.WriteNumberValue(i);
                            break;
                        case long l:
                            writer.WriteNumberValue(l);
                            break;
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
