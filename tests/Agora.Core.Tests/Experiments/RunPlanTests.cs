using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Experiments;

public sealed class RunPlanTests
{
    private static readonly FakeExperiment Experiment = new();

    private static Dictionary<string, IReadOnlyList<object>> Sweep(params (string Key, object[] Values)[] axes) =>
        axes.ToDictionary(a => a.Key, a => (IReadOnlyList<object>)a.Values);

    [Fact]
    public void Without_values_there_is_one_trial_at_the_defaults()
    {
        var trial = Assert.Single(new RunPlan(Experiment).Expand());
        Assert.Equal(0, trial.Index);
        Assert.Equal(0, trial.GridPoint);
        Assert.Equal(0, trial.Replicate);
        Assert.Equal("n=10,eps=0.1,flag=false,mode=a#0", trial.Key);
        Assert.Equal(AgoraRandom.DeriveSeed(0, trial.Key), trial.Seed);
    }

    [Fact]
    public void Grid_expands_first_parameter_slowest_and_replicates_fastest()
    {
        var plan = new RunPlan(Experiment)
        {
            Values = Sweep(("n", [1L, 2L, 3L]), ("eps", [0.1, 0.5])),
            TrialsPerPoint = 2,
            Seed = 99,
        };

        var trials = plan.Expand();

        Assert.Equal(3 * 2 * 2, trials.Count);
        int i = 0;
        int gridPoint = 0;
        foreach (long n in new[] { 1L, 2L, 3L })
        {
            foreach (double eps in new[] { 0.1, 0.5 })
            {
                for (int replicate = 0; replicate < 2; replicate++)
                {
                    var t = trials[i];
                    Assert.Equal(i, t.Index);
                    Assert.Equal(gridPoint, t.GridPoint);
                    Assert.Equal(replicate, t.Replicate);
                    Assert.Equal(n, t.Parameters.GetInteger("n"));
                    Assert.Equal(eps, t.Parameters.GetReal("eps"));
                    Assert.False(t.Parameters.GetBoolean("flag"));
                    Assert.Equal("a", t.Parameters.GetChoice("mode"));
                    Assert.Equal(["n", "eps", "flag", "mode"], t.Parameters.Select(p => p.Key));
                    Assert.Equal($"n={n},eps={eps:R},flag=false,mode=a#{replicate}", t.Key);
                    i++;
                }

                gridPoint++;
            }
        }
    }

    [Fact]
    public void Seeds_depend_only_on_the_run_seed_and_the_trial_key()
    {
        var plan = new RunPlan(Experiment) { Values = Sweep(("n", [1L, 2L]), ("mode", ["a", "b"])), TrialsPerPoint = 3, Seed = 7 };
        var trials = plan.Expand();

        foreach (var t in trials)
        {
            Assert.Equal(AgoraRandom.DeriveSeed(7, t.Key), t.Seed);
        }

        Assert.Equal(trials.Count, trials.Select(t => t.Seed).Distinct().Count());

        // A different run seed changes every trial seed.
        var reseeded = (plan with { Seed = 8 }).Expand();
        Assert.Equal(trials.Select(t => t.Key), reseeded.Select(t => t.Key));
        Assert.All(trials.Zip(reseeded), pair => Assert.NotEqual(pair.First.Seed, pair.Second.Seed));
    }

    [Fact]
    public void Adding_a_sweep_value_leaves_existing_trial_seeds_unchanged()
    {
        var before = new RunPlan(Experiment) { Values = Sweep(("n", [1L, 3L]), ("eps", [0.1, 0.5])), TrialsPerPoint = 2, Seed = 5 }.Expand();
        var after = new RunPlan(Experiment) { Values = Sweep(("n", [1L, 2L, 3L]), ("eps", [0.1, 0.25, 0.5])), TrialsPerPoint = 2, Seed = 5 }.Expand();

        Assert.Equal(3 * 3 * 2, after.Count);
        var seedsAfter = after.ToDictionary(t => t.Key, t => t.Seed);
        foreach (var t in before)
        {
            // Positions (Index, GridPoint) move, but the key and its seed do not.
            Assert.True(seedsAfter.TryGetValue(t.Key, out ulong seed), $"missing trial {t.Key}");
            Assert.Equal(t.Seed, seed);
        }
    }

    [Fact]
    public void Unknown_key_throws_naming_the_key()
    {
        var plan = new RunPlan(Experiment) { Values = Sweep(("bogus", [1L])) };
        var ex = Assert.Throws<ParameterException>(() => plan.Expand());
        Assert.Equal("bogus", ex.Parameter);
        Assert.Contains("'bogus'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Experiment.Name, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("n", "ten")]
    [InlineData("n", 2.5)]
    [InlineData("eps", "half")]
    [InlineData("flag", "yes")]
    [InlineData("flag", 1L)]
    [InlineData("mode", 3L)]
    public void Value_of_the_wrong_type_throws_naming_parameter_and_value(string key, object value)
    {
        var plan = new RunPlan(Experiment) { Values = Sweep((key, [value])) };
        var ex = Assert.Throws<ParameterException>(() => plan.Expand());
        Assert.Equal(key, ex.Parameter);
        Assert.Contains($"'{key}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(ParameterSpec.Format(value), ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("n", 0L, "between 1 and 100")]
    [InlineData("n", 1000L, "between 1 and 100")]
    [InlineData("eps", -0.5, "between 0 and 1")]
    [InlineData("eps", 2.0, "between 0 and 1")]
    [InlineData("mode", "c", "one of a, b")]
    public void Value_out_of_range_throws_naming_parameter_and_value(string key, object value, string expectation)
    {
        var plan = new RunPlan(Experiment) { Values = Sweep((key, [value])) };
        var ex = Assert.Throws<ParameterException>(() => plan.Expand());
        Assert.Equal(key, ex.Parameter);
        Assert.Contains($"'{key}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(ParameterSpec.Format(value), ex.Message, StringComparison.Ordinal);
        Assert.Contains(expectation, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_with_no_values_throws()
    {
        var plan = new RunPlan(Experiment) { Values = Sweep(("eps", [])) };
        var ex = Assert.Throws<ParameterException>(() => plan.Expand());
        Assert.Equal("eps", ex.Parameter);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Trials_per_point_must_be_positive(int trials)
    {
        var ex = Assert.Throws<ParameterException>(() => new RunPlan(Experiment) { TrialsPerPoint = trials });
        Assert.Contains(trials.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_normalised_to_the_stored_type()
    {
        var plan = new RunPlan(Experiment) { Values = Sweep(("n", [4]), ("eps", [1L])) };
        var trial = Assert.Single(plan.Expand());
        Assert.IsType<long>(trial.Parameters["n"]);
        Assert.IsType<double>(trial.Parameters["eps"]);
        Assert.Equal(4L, trial.Parameters.GetInteger("n"));
        Assert.Equal(1.0, trial.Parameters.GetReal("eps"));
    }

    [Theory]
    [InlineData("n", " 42 ", 42L)]
    [InlineData("n", "+7", 7L)]
    [InlineData("eps", "0.25", 0.25)]
    [InlineData("eps", "1e-3", 0.001)]
    [InlineData("eps", "1", 1.0)]
    [InlineData("flag", "true", true)]
    [InlineData("flag", "False", false)]
    [InlineData("mode", " b ", "b")]
    public void Parse_reads_each_kind(string key, string text, object expected)
    {
        var spec = Experiment.Parameters.Single(p => p.Name == key);
        object value = spec.Parse(text);
        Assert.Equal(expected.GetType(), value.GetType());
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("n", "4.5")]
    [InlineData("n", "")]
    [InlineData("n", "0x10")]
    [InlineData("n", "500")]
    [InlineData("eps", "NaN")]
    [InlineData("eps", "Infinity")]
    [InlineData("eps", "0,5")]
    [InlineData("eps", "1.5")]
    [InlineData("flag", "yes")]
    [InlineData("flag", "1")]
    [InlineData("mode", "c")]
    [InlineData("mode", "A")]
    public void Parse_rejects_bad_text_naming_parameter_and_value(string key, string text)
    {
        var spec = Experiment.Parameters.Single(p => p.Name == key);
        var ex = Assert.Throws<ParameterException>(() => spec.Parse(text));
        Assert.Equal(key, ex.Parameter);
        Assert.Contains($"'{key}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_is_the_inverse_of_Parse()
    {
        foreach (var spec in Experiment.Parameters)
        {
            Assert.Equal(spec.Default, spec.Parse(ParameterSpec.Format(spec.Default)));
        }
    }

    [Fact]
    public void Specs_reject_a_default_that_breaks_their_own_rules()
    {
        Assert.Throws<ParameterException>(() => ParameterSpec.Integer("k", 0, "k", min: 1));
        Assert.Throws<ParameterException>(() => ParameterSpec.Real("r", 2.0, "r", max: 1.0));
        Assert.Throws<ParameterException>(() => ParameterSpec.Choice("c", "z", "c", "x", "y"));
    }

    /// <summary>A tiny experiment with one parameter of each kind; it is never run.</summary>
    private sealed class FakeExperiment : IExperiment
    {
        public string Name => "fake";

        public string Summary => "A test double.";

        public string Reference => "None.";

        public int DefaultTrials => 1;

        public IReadOnlyList<ParameterSpec> Parameters { get; } =
        [
            ParameterSpec.Integer("n", 10, "A count.", min: 1, max: 100),
            ParameterSpec.Real("eps", 0.1, "A rate.", min: 0.0, max: 1.0),
            ParameterSpec.Boolean("flag", false, "A switch."),
            ParameterSpec.Choice("mode", "a", "A mode.", "a", "b"),
        ];

        public void RunTrial(TrialContext context) => throw new NotSupportedException();
    }
}
