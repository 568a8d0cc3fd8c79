using Agora.Cli.Plotting;

namespace Agora.Cli.Tests.Plotting;

/// <summary>Two small series with visible bands, shared by the plotting tests.</summary>
internal static class PlotTestData
{
    public static IReadOnlyList<MetricSeries> TwoSeries()
    {
        var a = new List<MetricPoint>();
        var b = new List<MetricPoint>();
        for (int step = 0; step <= 20; step++)
        {
            double ma = 1 - Math.Exp(-step / 5.0);
            double mb = 0.5 * (1 - Math.Exp(-step / 8.0));
            a.Add(new MetricPoint(step, ma, ma - 0.1, ma + 0.1));
            b.Add(new MetricPoint(step, mb, mb - 0.05, mb + 0.05));
        }

        return [new MetricSeries("epsilon-greedy", a), new MetricSeries("UCB1", b)];
    }

    /// <summary>A fresh directory under the system temp folder, removed when disposed.</summary>
    public sealed class TempDir : IDisposable
    {
        public TempDir()
        {
            Path = Directory.CreateTempSubdirectory("agora-plot-").FullName;
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
