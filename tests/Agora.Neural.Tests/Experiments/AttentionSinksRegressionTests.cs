using Agora.Core.Experiments;
using Agora.Neural.Experiments;

namespace Agora.Neural.Tests.Experiments;

/// <summary>
/// E1 and E2 of docs/attention-sinks.md at full length (1500 steps, about 3 CPU-minutes each), with thresholds
/// calibrated on our stored runs. Opt-in: set AGORA_LONG_TESTS=1.
/// </summary>
[Trait("Category", "Long")]
public sealed class AttentionSinksRegressionTests
{
    private static Dictionary<string, double> Run(ulong seed, params (string Key, object Value)[] overrides)
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("AGORA_LONG_TESTS") == "1", "Long experiment; set AGORA_LONG_TESTS=1 to run it.");
        string config = SharedData.RequireBigramConfig();
        var experiment = new AttentionSinksExperiment();
        (string Key, object Value)[] all = [.. overrides, ("bigram", config)];
        var values = experiment.Parameters.Select(p =>
        {
            var match = all.FirstOrDefault(o => o.Key == p.Name);
            return new KeyValuePair<string, object>(p.Name, match.Key is null ? p.Default : p.Validate(match.Value));
        });
        var sink = new RecordingSink();
        experiment.RunTrial(new TrialContext(new ParameterValues(values), seed, sink, CancellationToken.None));
        var result = sink.SummaryValues.ToDictionary(p => p.Key, p => p.Value);
        var valueBos = sink.Scalars.Where(p => p.Key == "drain/value-bos").ToList();
        result["drain/value-bos-growth"] = valueBos[^1].Value / valueBos[0].Value;
        return result;
    }

    // The trial seed of the stored E1 run (agora run attention-sinks --seed 1 ...): this check replays that run exactly.
    // Another seed (1) reached only 0.24 on <s> at step 1500, so the sink's timing depends on the seed; see the docs page.
    private const ulong StoredE1TrialSeed = 1881678602547931572;

    [Fact]
    public void E1SoftmaxAdamFormsASinkAndDrainsTheValue()
    {
        var r = Run(StoredE1TrialSeed);
        Assert.True(r["sink/attn-bos"] >= 0.6, $"sink {r["sink/attn-bos"]}");
        Assert.True(r["sink/attn-prev-trigger"] >= 0.8, $"previous-token attention {r["sink/attn-prev-trigger"]}");
        Assert.True(r["drain/value-ratio"] <= 0.45, $"value ratio {r["drain/value-ratio"]}");
        Assert.True(r["loss/backcopy"] <= 0.1, $"backcopy {r["loss/backcopy"]}");
        Assert.True(r["loss/bigram"] <= 2.4, $"bigram {r["loss/bigram"]}");
    }

    [Fact]
    public void E2ReluAttentionHasNoSinkAndNoDrain()
    {
        var r = Run(1, ("attention", "relu"), ("lr", 0.003));
        Assert.True(r["sink/attn-bos"] <= 0.01, $"sink {r["sink/attn-bos"]}");
        Assert.True(r["drain/value-bos-growth"] >= 2, $"value at <s> grew only {r["drain/value-bos-growth"]}x");
        Assert.True(r["loss/backcopy"] <= 0.01, $"backcopy {r["loss/backcopy"]}");
        Assert.True(r["loss/bigram"] <= 2.4, $"bigram {r["loss/bigram"]}");
    }
}
