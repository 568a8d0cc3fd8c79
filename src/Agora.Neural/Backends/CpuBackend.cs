using System.Numerics.Tensors;

namespace Agora.Neural.Backends;

/// <summary>The CPU backend: SIMD matrix products on <see cref="TensorPrimitives"/>, parallel over fixed row blocks.</summary>
/// <remarks>
/// <para>
/// Each output row is computed by exactly one worker, and within a row the reduction always runs over the inner index
/// in increasing order (in panels of <see cref="PanelDepth"/> for cache reuse, which does not change that order). The
/// partition into row blocks of <see cref="RowBlock"/> depends only on the problem size, so the result is bit-identical
/// for any <see cref="MaxThreads"/>.
/// </para>
/// <para>With <see cref="MaxThreads"/> = 1 nothing is allocated; the parallel path uses <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>, which allocates a little per call.</para>
/// <threadsafety>Stateless apart from its settings; safe to share.</threadsafety>
/// </remarks>
public sealed class CpuBackend : IComputeBackend
{
    /// <summary>Rows per parallel work item.</summary>
    public const int RowBlock = 16;

    /// <summary>Inner-dimension panel depth of the blocked NN product.</summary>
    public const int PanelDepth = 64;

    private const long ParallelThreshold = 1L << 16;
    private readonly ParallelOptions _options;

    /// <summary>Creates a backend.</summary>
    /// <param name="maxThreads">The most threads a call may use; 1 (the default) runs serially.</param>
    public CpuBackend(int maxThreads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxThreads, 1);
        MaxThreads = maxThreads;
        _options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads };
    }

    /// <summary>A shared serial backend.</summary>
    public static CpuBackend Serial { get; } = new(1);

    /// <inheritdoc />
    public int MaxThreads { get; }

    /// <inheritdoc />
    public void MatMulNN(float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb, float[] c, int cOffset, int ldc, int m, int n, int k, bool accumulate) =>
        Dispatch(new GemmJob(GemmKind.NN, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc, m, n, k, accumulate), m, (long)m * n * k);

    /// <inheritdoc />
    public void MatMulNT(float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb, float[] c, int cOffset, int ldc, int m, int n, int k, bool accumulate) =>
        Dispatch(new GemmJob(GemmKind.NT, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc, m, n, k, accumulate), m, (long)m * n * k);

    /// <inheritdoc />
    public void MatMulTN(float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb, float[] c, int cOffset, int ldc, int m, int n, int k, bool accumulate) =>
        Dispatch(new GemmJob(GemmKind.TN, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc, m, n, k, accumulate), m, (long)m * n * k);

    /// <inheritdoc />
    public void For<TBody>(int count, TBody body)
        where TBody : IParallelBody
    {
        if (MaxThreads == 1 || count < 2)
        {
            for (int i = 0; i < count; i++)
            {
                body.Run(i);
            }

            return;
        }

        RunParallel(count, body);
    }

    // Kept apart from For so the serial path does not allocate the lambda's closure.
    private void RunParallel<TBody>(int count, TBody body)
        where TBody : IParallelBody =>
        Parallel.For(0, count, _options, i => body.Run(i));

    private void Dispatch(GemmJob job, int m, long work)
    {
        int blocks = (m + RowBlock - 1) / RowBlock;
        if (MaxThreads == 1 || blocks < 2 || work < ParallelThreshold)
        {
            job.Rows(0, m);
            return;
        }

        For(blocks, job);
    }

    private enum GemmKind
    {
        NN,
        NT,
        TN,
    }

    private readonly record struct GemmJob(
        GemmKind Kind, float[] A, int AOffset, int Lda, float[] B, int BOffset, int Ldb, float[] C, int COffset, int Ldc, int M, int N, int K, bool Accumulate)
        : IParallelBody
    {
        public void Run(int index)
        {
            int start = index * RowBlock;
            Rows(start, Math.Min(M, start + RowBlock));
        }

        public void Rows(int rowStart, int rowEnd)
        {
            switch (Kind)
            {
                case GemmKind.NN:
                    RowsNN(rowStart, rowEnd);
                    break;
                case GemmKind.NT:
                    RowsNT(rowStart, rowEnd);
                    break;
                default:
                    RowsTN(rowStart, rowEnd);
                    break;
            }
        }

        private void RowsNN(int rowStart, int rowEnd)
        {
            if (!Accumulate)
            {
                for (int i = rowStart; i < rowEnd; i++)
                {
                    C.AsSpan(COffset + (i * Ldc), N).Clear();
                }
            }

            // Panels of B stay in cache while every row of the block consumes them; the order over p is unchanged.
            for (int p0 = 0; p0 < K; p0 += PanelDepth)
            {
                int p1 = Math.Min(K, p0 + PanelDepth);
                for (int i = rowStart; i < rowEnd; i++)
                {
                    Span<float> cRow = C.AsSpan(COffset + (i * Ldc), N);
                    int aRow = AOffset + (i * Lda);
                    for (int p = p0; p < p1; p++)
                    {
                        float s = A[aRow + p];
                        if (s != 0f)
                        {
                            TensorPrimitives.MultiplyAdd(B.AsSpan(BOffset + (p * Ldb), N), s, cRow, cRow);
                        }
                    }
                }
            }
        }

        private void RowsNT(int rowStart, int rowEnd)
        {
            for (int i = rowStart; i < rowEnd; i++)
            {
                ReadOnlySpan<float> aRow = A.AsSpan(AOffset + (i * Lda), K);
                Span<float> cRow = C.AsSpan(COffset + (i * Ldc), N);
                for (int j = 0; j < N; j++)
                {
                    float dot = TensorPrimitives.Dot(aRow, B.AsSpan(BOffset + (j * Ldb), K));
                    cRow[j] = Accumulate ? cRow[j] + dot : dot;
                }
            }
        }

        private void RowsTN(int rowStart, int rowEnd)
        {
            // Output row r of C is the sum over p of A[p, r] * B[p, :], taken in increasing p.
            if (!Accumulate)
            {
                for (int r = rowStart; r < rowEnd; r++)
                {
                    C.AsSpan(COffset + (r * Ldc), N).Clear();
                }
            }

            for (int p = 0; p < K; p++)
            {
                ReadOnlySpan<float> bRow = B.AsSpan(BOffset + (p * Ldb), N);
                int aRow = AOffset + (p * Lda);
                for (int r = rowStart; r < rowEnd; r++)
                {
                    float s = A[aRow + r];
                    if (s != 0f)
                    {
                        Span<float> cRow = C.AsSpan(COffset + (r * Ldc), N);
                        TensorPrimitives.MultiplyAdd(bRow, s, cRow, cRow);
                    }
                }
            }
        }
    }
}
