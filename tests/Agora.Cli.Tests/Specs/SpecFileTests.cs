namespace Agora.Cli.Tests.Specs;

public sealed class SpecFileTests
{
    private static string Write(string name, string text)
    {
        string path = CliHarness.TempPath(name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_yaml_spec_runs_its_sweep_seed_and_trials()
    {
        string spec = Write("sweep.yaml", """
            experiment: bandits-regret
            seed: 11
            trials: 3
            parameters:
              steps: 40
              epsilon: [0.1, 0.2]
            """);
        string store = CliHarness.TempPath("spec.db");
        var (code, output, error) = CliHarness.Run("run", spec, "--store", store, "--quiet");
        Assert.True(code == 0, error);
        Assert.Contains("6/6", output, StringComparison.Ordinal);
        var show = CliHarness.Run("show", "1", "--store", store);
        Assert.Contains("seed        11", show.Out, StringComparison.Ordinal);
        Assert.Contains("\"epsilon\":[0.1,0.2]", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_spec_runs_and_command_line_flags_override_it()
    {
        string spec = Write("run.json", """{ "experiment": "bandits-regret", "seed": 4, "trials": 5, "parameters": { "steps": 20 } }""");
        string store = CliHarness.TempPath("json.db");
        var (code, output, error) = CliHarness.Run("run", spec, "--trials", "2", "--set", "steps=30", "--store", store, "--quiet");
        Assert.True(code == 0, error);
        Assert.Contains("2/2", output, StringComparison.Ordinal);
        Assert.Contains("\"steps\":[30]", CliHarness.Run("show", "1", "--store", store).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad.yaml", "experiment: bandits-regret\nparameters:\n  steps: [1, 2\n", "malformed YAML at line")]
    [InlineData("bad.json", "{ \"experiment\": \"bandits-regret\", }", "malformed JSON at line 1")]
    [InlineData("unknown.yaml", "experiment: bandits-regret\ncolour: blue\n", ":2: 'colour' is not a known key")]
    [InlineData("param.yaml", "experiment: bandits-regret\nparameters:\n  stepz: 10\n", ":3: 'parameters.stepz' is not a parameter")]
    [InlineData("type.yaml", "experiment: bandits-regret\nparameters:\n  steps: lots\n", ":3: 'parameters.steps'")]
    [InlineData("quoted.yaml", "experiment: bandits-regret\nparameters:\n  steps: \"100\"\n", "'parameters.steps' must be an integer, not the string \"100\"")]
    [InlineData("type.json", "{ \"experiment\": \"bandits-regret\", \"parameters\": { \"epsilon\": \"high\" } }", "'parameters.epsilon' must be a number")]
    [InlineData("list.json", "{ \"experiment\": \"bandits-regret\", \"parameters\": { \"arms\": [3, \"x\"] } }", "'parameters.arms[1]'")]
    [InlineData("seed.yaml", "experiment: bandits-regret\nseed: -4\n", ":2: 'seed' must be a whole number")]
    [InlineData("noexp.yaml", "seed: 4\n", "'experiment' is required")]
    [InlineData("which.yaml", "experiment: chess\n", "unknown experiment 'chess'")]
    [InlineData("range.yaml", "experiment: bandits-regret\nparameters:\n  epsilon: 2\n", ":3: 'parameters.epsilon'")]
    public void A_malformed_spec_exits_2_naming_the_key_and_line(string name, string text, string expected)
    {
        string spec = Write(name, text);
        string store = CliHarness.TempPath("never.db");
        var (code, _, error) = CliHarness.Run("run", spec, "--store", store);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains(spec, error, StringComparison.Ordinal);
        Assert.False(File.Exists(store), "a refused spec must not create a store");
    }

    [Fact]
    public void The_readme_example_spec_runs()
    {
        string spec = Path.Combine(RepoRoot(), "examples", "bandits-sweep.yaml");
        string store = CliHarness.TempPath("example.db");
        var (code, output, error) = CliHarness.Run("run", spec, "--trials", "2", "--set", "steps=50", "--store", store, "--quiet");
        Assert.True(code == 0, error);
        Assert.Contains("4/4", output, StringComparison.Ordinal);
        Assert.Contains("seed        7", CliHarness.Run("show", "1", "--store", store).Out, StringComparison.Ordinal);
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));

    [Fact]
    public void A_missing_spec_file_exits_2()
    {
        var (code, _, error) = CliHarness.Run("run", "/nonexistent/spec.yaml");
        Assert.Equal(2, code);
        Assert.Contains("/nonexistent/spec.yaml", error, StringComparison.Ordinal);
    }
}
