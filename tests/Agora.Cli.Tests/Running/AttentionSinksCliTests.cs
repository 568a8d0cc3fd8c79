namespace Agora.Cli.Tests.Running;

/// <summary>The Agora.Neural experiment through the tool: a short smoke run, and bad bigram sources refused with exit 2.</summary>
public sealed class AttentionSinksCliTests
{
    [Fact]
    public void Short_smoke_run_succeeds_and_stores_the_probes()
    {
        string store = CliHarness.TempPath("sinks.db");
        var (code, output, error) = CliHarness.Run(
            "run", "attention-sinks", "--seed", "1", "--set", "steps=4", "--set", "dim=8", "--set", "seq-length=8",
            "--set", "batch=2", "--set", "eval-batch=2", "--set", "record-every=2", "--store", store, "--quiet");
        Assert.True(code == 0, error + output);
        var show = CliHarness.Run("show", "1", "--store", store);
        Assert.Equal(0, show.Code);
        Assert.Contains("drain/value-ratio", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_corpus_exits_2_and_names_the_path()
    {
        var (code, _, error) = CliHarness.Run("run", "attention-sinks", "--set", "bigram=/nonexistent/shakespeare.txt", "--store", CliHarness.TempPath("a.db"));
        Assert.Equal(2, code);
        Assert.Contains("Parameter 'bigram': Corpus file '/nonexistent/shakespeare.txt' does not exist", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Inconsistent_config_exits_2_and_names_the_fault()
    {
        string path = CliHarness.TempPath("bad-config.yaml");
        File.WriteAllText(path, "vocab_size: 3\nbos:\n- 1\ncond:\n- - 1.0\n  - 0.0\nmarginal:\n- 1.0\n- 0.0\n");
        var (code, _, error) = CliHarness.Run("run", "attention-sinks", "--set", $"bigram={path}", "--store", CliHarness.TempPath("a.db"));
        Assert.Equal(2, code);
        Assert.Contains("cond has 1 rows but vocab_size is 3", error, StringComparison.Ordinal);
    }
}
