using Agora.Core.Experiments;
using Agora.Neural.Experiments;

namespace Agora.Neural.Tests.Experiments;

public sealed class AttentionSinksExperimentTests
{
    private static readonly AttentionSinksExperiment Experiment = new();

    private static RecordingSink Run(ulong seed, params (string Key, object Value)[] overrides)
    {
        var values = Experiment.Parameters.Select(p =>
        {
            var match = overrides.FirstOrDefault(o => o.Key == p.Name);
            return new KeyValuePair<string, object>(p.Name, match.Key is null ? p.Default : p.Validate(match.Value));
        });
        var sink = new RecordingSink();
        Experiment.RunTrial(new TrialContext(new ParameterValues(values), seed, sink, CancellationToken.None));
        return sink;
    }

    private static readonly (string, object)[] Tiny =
    [
        ("dim", 16L), ("seq-length", 16L), ("batch", 8L), ("steps", 40L), ("record-every", 20L), ("eval-batch", 4L), ("heads", 2L), ("lr", 0.01),
    ];

    [Fact]
    public void SmokeRunRecordsEveryProbeAndLearns()
    {
        var sink = Run(1, Tiny);
        string[] keys = ["loss/backcopy", "loss/bigram", "sink/attn-bos", "sink/attn-bos-incl-q0", "sink/attn-prev-trigger", "drain/value-ratio", "residual/ratio-L0"];
        foreach (var key in keys)
        {
            var points = sink.Scalars.Where(p => p.Key == key).ToList();
            Assert.Equal([0L, 20L, 40L], points.Select(p => p.Step));
            Assert.All(points, p => Assert.True(double.IsFinite(p.Value), key));
        }

        var bigram = sink.Scalars.Where(p => p.Key == "loss/bigram").Select(p => p.Value).ToList();
        Assert.True(bigram[^1] < bigram[0] - 0.2, $"bigram loss {bigram[0]} -> {bigram[^1]}");
        var summary = sink.SummaryValues.ToDictionary(p => p.Key, p => p.Value);
        Assert.Contains("zeroed-heads/loss-backcopy", summary.Keys);
        Assert.Contains("zeroed-mlp0/loss-bigram", summary.Keys);
        Assert.NotEqual(summary["loss/bigram"], summary["zeroed-mlp0/loss-bigram"]);
    }

    [Fact]
    public void SameSeedSameNumbersWhateverTheThreadCount()
    {
        var a = Run(3, [.. Tiny, ("steps", 10L), ("record-every", 5L)]);
        var b = Run(3, [.. Tiny, ("steps", 10L), ("record-every", 5L), ("threads", 3L)]);
        Assert.Equal(a.Scalars, b.Scalars);
        Assert.Equal(a.SummaryValues, b.SummaryValues);
    }

    [Fact]
    public void BigramParameterRefusesMissingFilesBeforeAnyTrial()
    {
        var spec = Experiment.Parameters.Single(p => p.Name == "bigram");
        var e = Assert.Throws<ParameterException>(() => spec.Parse("/nonexistent/tiny.txt"));
        Assert.Equal("Parameter 'bigram': Corpus file '/nonexistent/tiny.txt' does not exist.", e.Message);
        Assert.Equal("synthetic", spec.Parse("synthetic"));
    }

    [Fact]
    public void TooFewSymbolsForTheTriggersIsAClearTrialError()
    {
        string path = Path.Combine(Path.GetTempPath(), $"agora-corpus-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "abcabcabc");
        try
        {
            var e = Assert.Throws<Agora.Neural.Tasks.BigramSourceException>(() => Run(1, [.. Tiny, ("bigram", path)]));
            Assert.Contains("3 symbols occur but k = 3 triggers need at least 5", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
