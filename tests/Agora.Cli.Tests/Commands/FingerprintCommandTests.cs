using System.Text.Json;
using Agora.Cli.Tests.Plotting;

namespace Agora.Cli.Tests.Commands;

public sealed class FingerprintCommandTests
{
    [Fact]
    public void Ashlock_summary_shows_the_exact_deterministic_corners()
    {
        var (code, output, error) = CliHarness.Run("fingerprint", "Tit For Tat", "--step", "0.25", "--repetitions", "20", "--jobs", "2");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        string[] lines = output.Split('\n');
        Assert.StartsWith("Ashlock fingerprint of Tit For Tat: probe Tit For Tat, game pd, 5x5 points, 50 turns, 20 repetitions, seed 0", lines[0], StringComparison.Ordinal);

        // Row y = 1: against the always-defecting probe TFT scores 0 then 1 (49/50 = 0.980); at (1, 1) the dual of
        // TFT cycles for 109/50 = 2.180. Row y = 0: the probe never defects first, so 3 everywhere.
        Assert.Matches(@"^\s+1\s+0\.980(\s+\d\.\d{3}){3}\s+2\.180$", lines[3]);
        Assert.Matches(@"^\s+0(\s+3\.000){5}$", lines[7]);
    }

    [Fact]
    public void Json_lists_every_point_and_is_the_same_for_any_jobs()
    {
        string[] args = ["fingerprint", "Win-Stay Lose-Shift", "--step", "0.5", "--turns", "20", "--repetitions", "30", "--seed", "4", "--json"];
        var serial = CliHarness.Run([.. args, "--jobs", "1"]);
        var parallel = CliHarness.Run([.. args, "--jobs", "3"]);
        Assert.Equal(0, serial.Code);
        Assert.Equal(serial.Out, parallel.Out);
        using var document = JsonDocument.Parse(serial.Out);
        JsonElement points = document.RootElement.GetProperty("points");
        Assert.Equal(9, points.GetArrayLength());
        Assert.Equal((0.5, 0.0), (points[3].GetProperty("x").GetDouble(), points[3].GetProperty("y").GetDouble()));
    }

    [Fact]
    public void Transitive_json_has_one_row_per_opponent_and_one_rate_per_turn()
    {
        var (code, output, _) = CliHarness.Run("fingerprint", "Tit For Tat", "--kind", "transitive", "--opponents", "3", "--turns", "4", "--repetitions", "50", "--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        JsonElement opponents = document.RootElement.GetProperty("opponents");
        Assert.Equal(["Random: 0.0", "Random: 0.5", "Random: 1.0"], opponents.EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Equal([1.0, 0.0, 0.0, 0.0], opponents[0].GetProperty("cooperation").EnumerateArray().Select(r => r.GetDouble()));
        Assert.Equal([1.0, 1.0, 1.0, 1.0], opponents[2].GetProperty("cooperation").EnumerateArray().Select(r => r.GetDouble()));
    }

    [Theory]
    [InlineData("ashlock", "fp.png")]
    [InlineData("transitive", "fp.svg")]
    public void Plot_writes_a_png_or_svg_heatmap(string kind, string file)
    {
        using var dir = new PlotTestData.TempDir();
        string path = dir.File(file);
        var (code, _, error) = CliHarness.Run("fingerprint", "Grudger", "--kind", kind, "--step", "0.25", "--opponents", "5", "--turns", "10", "--repetitions", "10", "--plot", path);
        Assert.Equal(0, code);
        Assert.Contains($"wrote {path}", error, StringComparison.Ordinal);
        byte[] bytes = File.ReadAllBytes(path);
        if (file.EndsWith(".png", StringComparison.Ordinal))
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        else
        {
            Assert.Contains("Transitive fingerprint of Grudger", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("'Tit For Nothing'", "fingerprint", "Tit For Nothing")]
    [InlineData("'Nobody'", "fingerprint", "TFT", "--probe", "Nobody")]
    [InlineData("'spectral'", "fingerprint", "TFT", "--kind", "spectral")]
    [InlineData("got 0", "fingerprint", "TFT", "--step", "0")]
    [InlineData("got 1.5", "fingerprint", "TFT", "--step", "1.5")]
    [InlineData("--turns", "fingerprint", "TFT", "--turns", "0")]
    [InlineData("--repetitions", "fingerprint", "TFT", "--repetitions", "0")]
    [InlineData("--jobs", "fingerprint", "TFT", "--jobs", "0")]
    [InlineData("--opponents", "fingerprint", "TFT", "--kind", "transitive", "--opponents", "0")]
    [InlineData("got 2", "fingerprint", "TFT", "--kind", "transitive", "--noise", "2")]
    [InlineData("'rps' is 3x3", "fingerprint", "TFT", "--game", "rps")]
    [InlineData("'.gif'", "fingerprint", "TFT", "--plot", "fp.gif")]
    public void Bad_input_exits_2_with_one_line_naming_it(string named, params string[] args)
    {
        var (code, _, error) = CliHarness.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }
}
