using System.Text;

namespace Agora.Neural.Checkpoints;

/// <summary>Saves and loads named parameters in a small binary format.</summary>
/// <remarks>
/// Layout (little-endian): the magic <c>AGNC</c>, format version 1 (int32), the tensor count (int32), then per tensor its
/// name (length-prefixed UTF-8), rank (int32), dimensions (int32 each) and values (float32 each).
/// </remarks>
public static class Checkpoint
{
    private const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "AGNC"u8;

    /// <summary>Writes the parameters.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="parameters">Named parameters.</param>
    public static void Save(Stream stream, IReadOnlyList<Tensor> parameters)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(parameters);
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(parameters.Count);
        foreach (var p in parameters)
        {
            w.Write(p.Name ?? throw new ArgumentException("Every saved tensor needs a name.", nameof(parameters)));
            w.Write(p.Shape.Rank);
            for (int d = 0; d < p.Shape.Rank; d++)
            {
                w.Write(p.Shape[d]);
            }

            foreach (float v in p.Span)
            {
                w.Write(v);
            }
        }
    }

    /// <summary>Reads values into the parameters, matching by name and shape.</summary>
    /// <param name="stream">The source.</param>
    /// <param name="parameters">The parameters to fill; every one must be present in the checkpoint.</param>
    /// <exception cref="InvalidDataException">The data is not a checkpoint, or a name or shape does not match.</exception>
    public static void Load(Stream stream, IReadOnlyList<Tensor> parameters)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(parameters);
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            Span<byte> magic = stackalloc byte[4];
            if (r.Read(magic) != 4 || !magic.SequenceEqual(Magic))
            {
                throw new InvalidDataException("Not an Agora checkpoint (bad magic).");
            }

            int version = r.ReadInt32();
            if (version != Version)
            {
                throw new InvalidDataException($"Checkpoint version {version} is not supported (expected {Version}).");
            }

            var byName = new Dictionary<string, Tensor>(StringComparer.Ordinal);
            foreach (var p in parameters)
            {
                byName.Add(p.Name ?? throw new ArgumentException("Every loaded tensor needs a name.", nameof(parameters)), p);
            }

            int count = r.ReadInt32();
            Span<int> dimBuffer = stackalloc int[TensorShape.MaxRank];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < count; i++)
            {
                string name = r.ReadString();
                int rank = r.ReadInt32();
                if (rank is < 1 or > TensorShape.MaxRank)
                {
                    throw new InvalidDataException($"Tensor '{name}' has invalid rank {rank}.");
                }

                Span<int> dims = dimBuffer[..rank];
                for (int d = 0; d < rank; d++)
                {
                    dims[d] = r.ReadInt32();
                }

                var shape = new TensorShape(dims);
                if (!byName.TryGetValue(name, out var target))
                {
                    throw new InvalidDataException($"Checkpoint tensor '{name}' has no matching parameter.");
                }

                if (target.Shape != shape)
                {
                    throw new InvalidDataException($"Tensor '{name}' has shape {shape} in the checkpoint but {target.Shape} in the model.");
                }

                Span<float> values = target.Span;
                for (int k = 0; k < values.Length; k++)
                {
                    values[k] = r.ReadSingle();
                }

                seen.Add(name);
            }

            foreach (var name in byName.Keys)
            {
                if (!seen.Contains(name))
                {
                    throw new InvalidDataException($"Parameter '{name}' is missing from the checkpoint.");
                }
            }
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("The checkpoint is truncated.");
        }
    }
}
