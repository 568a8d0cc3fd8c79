namespace Agora.Neural.Backends;

/// <summary>
/// The seam between the ops and the hardware: matrix products and parallel loops. Agora ships only
/// <see cref="CpuBackend"/>; a GPU backend would implement this interface (and own device buffers) without changing
/// the ops' public API.
/// </summary>
/// <remarks>
/// Matrices are row-major slices of arrays: element (i, j) of A lives at <c>a[aOffset + i*lda + j]</c>. Every output
/// element must be reduced by one worker in a fixed order, so results never depend on the degree of parallelism.
/// </remarks>
public interface IComputeBackend
{
    /// <summary>The largest number of threads a call may use (1 = serial).</summary>
    int MaxThreads { get; }

    /// <summary>C[m,n] (+)= A[m,k] · B[k,n].</summary>
    /// <param name="a">Left matrix storage.</param>
    /// <param name="aOffset">Offset of A.</param>
    /// <param name="lda">Row stride of A.</param>
    /// <param name="b">Right matrix storage.</param>
    /// <param name="bOffset">Offset of B.</param>
    /// <param name="ldb">Row stride of B.</param>
    /// <param name="c">Output storage.</param>
    /// <param name="cOffset">Offset of C.</param>
    /// <param name="ldc">Row stride of C.</param>
    /// <param name="m">Rows of A and C.</param>
    /// <param name="n">Columns of B and C.</param>
    /// <param name="k">Inner dimension.</param>
    /// <param name="accumulate">Add into C instead of overwriting it.</param>
    void MatMulNN(float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb, float[] c, int cOffset, int ldc, int m, int n, int k, bool accumulate);

    /// <summary>C[m,n] (+)= A[m,k] · B[n,k]ᵀ.</summary>
    /// <param name="a">Left matrix storage.</param>
    /// <param name="aOffset">Offset of A.</param>
    /// <param name="lda">Row stride of A.</param>
    /// <param name="b">Right matrix storage (n rows of k).</param>
    /// <param name="bOffset">Offset of B.</param>
    /// <param name="ldb">Row stride of B.</param>
    /// <param name="c">Output storage.</param>
    /// <param name="cOffset">Offset of C.</param>
    /// <param name="ldc">Row stride of C.</param>
    /// <param name="m">Rows of A and C.</param>
    /// <param name="n">Rows of B, columns of C.</param>
    /// <param name="k">Inner dimension.</param>
    /// <param name="accumulate">Add into C instead of overwriting it.</param>
    void MatMulNT(float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb, float[] c, int cOffset, int ldc, int m, int n, int k, bool accumulate);

    /// <summary>C[m,n] (+)= A[k,m]ᵀ · B[k,n] (the weight-gradient product; the reduction runs over the k rows in order).</summary>
    /// <param name="a">Left matrix storage (k rows of m).</param>
    /// <param name="aOffset">Offset of A.</param>
    /// <param name="lda">Row stride of A.</param>
    /// <param name="b">Right matrix storage (k rows of n).</param>
    /// <param name="bOffset">Offset of B.</param>
    /// <param name="ldb">Row stride of B.</param>
    /// <param name="c">Output storage.</param>
    /// <param name="cOffset">Offset of C.</param>
    /// <param name="ldc">Row stride of C.</param>
    /// <param name="m">Columns of A, rows of C.</param>
    /// <param name="n">Columns of B and C.</param>
    /// <param name="k">Rows of A and B (the reduced dimension).</param>
    /// <param name="accumulate">Add into C instead of overwriting it.</param>
    void MatMulTN(float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb, float[] c, int cOffset, int ldc, int m, int n, int k, bool accumulate);

    /// <summary>Runs <paramref name="body"/> for every index in [0, count), possibly in parallel.</summary>
    /// <typeparam name="TBody">The body type.</typeparam>
    /// <param name="count">The number of indices.</param>
    /// <param name="body">The body; indices must write disjoint memory.</param>
    void For<TBody>(int count, TBody body)
        where TBody : IParallelBody;
}
