using System.Text.Json;
using Parquet;

namespace Agora.Cli.Tests.Export;

public sealed class ExportTests
{
    private static string StoreWithRun()
    {
        string store = CliHarness.TempPath("export.db");
        Assert.Equal(0, CliHarness.Run("run", "bandits-regret", "--trials", "2", "--set", "steps=30", "--set", "epsilon=0.1,0.3", "--store", store, "--quiet").Code);
        return store;
    }

    // 4 trials × 5 algorithms (the default selection on Gaussian rewards) × 3 checkpoints (10, 20, 30) scalars
    // + 4 trials × 10 summary values.
    private const int ExpectedRows = (4 * 5 * 3) + (4 * 10);

    [Fact]
    public void Csv_has_a_header_with_parameters_and_one_row_per_value()
    {
        string store = StoreWithRun();
        string path = Path.Combine(Path.GetDirectoryName(store)!, "out.csv");
        var (code, output, _) = CliHarness.Run("export", "1", "--format", "csv", "--out", path, "--store", store);
        Assert.Equal(0, code);
        Assert.Contains(path, output, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(path);
        Assert.Equal("run,trial,grid_point,replicate,seed,arms,steps,noise-sd,epsilon,ucb-c,record-every,instance,algorithms,kind,key,step,value", lines[0]);
        Assert.Equal(ExpectedRows, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(",scalar,regret/ucb1,30,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",0.3,", StringComparison.Ordinal) && l.Contains(",summary,regret/thompson,,", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_holds_the_run_and_each_trial_with_its_series()
    {
        string store = StoreWithRun();
        var (code, output, _) = CliHarness.Run("export", "1", "--format", "json", "--out", "-", "--store", store);
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("bandits-regret", root.GetProperty("run").GetProperty("experiment").GetString());
        var trials = root.GetProperty("trials");
        Assert.Equal(4, trials.GetArrayLength());
        var series = trials[0].GetProperty("metrics").GetProperty("regret/ucb1");
        Assert.Equal(3, series.GetArrayLength());
        Assert.Equal(30, series[2][0].GetDouble());
        Assert.True(trials[3].GetProperty("summary").GetProperty("regret/ucb1").GetDouble() >= 0);
        Assert.False(trials[0].TryGetProperty("tournament", out _), "A bandit trial has no ResultSet to export.");
        Assert.Equal(JsonValueKind.Null, trials[0].GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task Parquet_reads_back_with_typed_columns_and_every_row()
    {
        string store = StoreWithRun();
        string path = Path.Combine(Path.GetDirectoryName(store)!, "out.parquet");
        Assert.Equal(0, CliHarness.Run("export", "1", "--format", "parquet", "--out", path, "--store", store).Code);
        await using var file = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(file, cancellationToken: TestContext.Current.CancellationToken);
        var fields = reader.Schema.GetDataFields();
        Assert.Contains(fields, f => f.Name == "epsilon" && f.ClrType == typeof(double));
        Assert.Contains(fields, f => f.Name == "steps" && f.ClrType == typeof(long));
        Assert.Equal(ExpectedRows, reader.Metadata!.RowGroups.Sum(g => g.NumRows));
    }
}
