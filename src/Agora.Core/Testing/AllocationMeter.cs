namespace Agora.Core.Testing;

/// <summary>Measures what a piece of work allocates on the calling thread, for "no allocation per step" checks.</summary>
/// <remarks>
/// The runtime itself occasionally allocates on a thread while it runs user code (seen as a one-off few kilobytes on a
/// loaded two-core CI machine, never on a quiet one). A real per-step allocation shows up on every try, so the smallest
/// of a few tries is the honest measure of the work's own allocations.
/// </remarks>
public static class AllocationMeter
{
    /// <summary>Runs <paramref name="work"/> <paramref name="tries"/> times and returns the fewest bytes one run allocated.</summary>
    /// <param name="work">The work to measure; warm it up first, since first calls allocate (JIT, lazy statics).</param>
    /// <param name="tries">How many times to run it; at least 1 (default 3).</param>
    public static long SmallestOf(Action work, int tries = 3)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(tries, 1);
        long smallest = long.MaxValue;
        for (int i = 0; i < tries && smallest > 0; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            work();
            smallest = Math.Min(smallest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return smallest;
    }
}
