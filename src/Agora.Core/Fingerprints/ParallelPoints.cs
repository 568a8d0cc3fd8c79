namespace Agora.Core.Fingerprints;

/// <summary>Runs independent, index-addressed pieces of work on up to <c>jobs</c> threads.</summary>
/// <remarks>Each piece writes only its own slot of the caller's arrays and seeds itself from its index, so the
/// result does not depend on how pieces are spread over threads.</remarks>
internal static class ParallelPoints
{
    public static void Run(int count, int jobs, Action<int> body, CancellationToken cancellationToken)
    {
        if (jobs == 1)
        {
            for (int k = 0; k < count; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(k);
            }

            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken };
        Parallel.For(0, count, options, body);
    }
}
