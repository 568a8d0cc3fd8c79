using Agora.Core.Randomness;
using Agora.Neural.Tasks;

namespace Agora.Neural.Tests.Tasks;

public sealed class BigramBackcopyTaskTests
{
    public static TheoryData<string> Sources => ["synthetic", "paper"];

    private static BigramBackcopyTask Task(string source) => source switch
    {
        "paper" => new BigramBackcopyTask(BigramSource.FromConfigFile(SharedData.RequireBigramConfig())),
        _ => new BigramBackcopyTask(BigramSource.Synthetic()),
    };

    [Fact]
    public void PaperMatrixHasTheSpecTriggers()
    {
        var source = BigramSource.FromConfigFile(SharedData.RequireBigramConfig());
        Assert.Equal(67, source.VocabSize);
        Assert.Equal(65, source.BosId);
        Assert.Equal("\n", source.Symbols[0]);
        Assert.Equal("'", source.Symbols[5]);
        Assert.Equal("<s_0>", source.Symbols[65]);
        var k3 = new BigramBackcopyTask(source, 3);
        Assert.Equal(new[] { " ", "e", "t" }, k3.Triggers.Select(t => source.Symbols[t]).Order(StringComparer.Ordinal));
        var k5 = new BigramBackcopyTask(source, 5);
        Assert.Equal(new[] { " ", "a", "e", "o", "t" }, k5.Triggers.Select(t => source.Symbols[t]).Order(StringComparer.Ordinal));
        Assert.Equal(0.152, source.Marginal[1], 3);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void TriggersAreNeverFollowedByTriggersAndTheNextTokenCopiesTheOneBefore(string sourceName)
    {
        var task = Task(sourceName);
        var rng = new AgoraRandom(1);
        var seq = new int[257];
        int copies = 0;
        for (int s = 0; s < 200; s++)
        {
            task.Generate(seq, ref rng);
            Assert.Equal(task.BosId, seq[0]);
            Assert.False(task.IsTrigger(seq[1]));
            for (int n = 1; n < seq.Length - 1; n++)
            {
                Assert.NotEqual(task.BosId, seq[n]);
                if (task.IsTrigger(seq[n]))
                {
                    Assert.False(task.IsTrigger(seq[n + 1]));
                    Assert.Equal(seq[n - 1], seq[n + 1]);
                    copies++;
                }
            }
        }

        Assert.True(copies > 1000, $"only {copies} trigger positions");
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void EmpiricalBigramFrequenciesMatchTheMatrix(string sourceName)
    {
        var task = Task(sourceName);
        int v = task.VocabSize;
        var counts = new long[v * v];
        var rows = new long[v];
        var first = new long[v];
        var rng = new AgoraRandom(2);
        var seq = new int[257];
        for (int s = 0; s < 3000; s++)
        {
            task.Generate(seq, ref rng);
            first[seq[1]]++;
            for (int n = 1; n < seq.Length - 1; n++)
            {
                if (!task.IsTrigger(seq[n]))
                {
                    counts[(seq[n] * v) + seq[n + 1]]++;
                    rows[seq[n]]++;
                }
            }
        }

        int rowsChecked = 0;
        for (int i = 0; i < v; i++)
        {
            if (rows[i] < 5000)
            {
                continue;
            }

            rowsChecked++;
            ReadOnlySpan<double> p = task.Source.Row(i);
            for (int j = 0; j < v; j++)
            {
                double f = (double)counts[(i * v) + j] / rows[i];
                double sd = Math.Sqrt(p[j] * (1 - p[j]) / rows[i]);
                Assert.True(Math.Abs(f - p[j]) <= (5 * sd) + 1e-3, $"row {i} col {j}: frequency {f:G4} vs {p[j]:G4} over {rows[i]}");
            }
        }

        Assert.True(rowsChecked >= 5, $"only {rowsChecked} rows had enough samples");
        for (int j = 0; j < v; j++)
        {
            double p = task.FirstTokenDistribution[j];
            Assert.True(Math.Abs(((double)first[j] / 3000) - p) <= (5 * Math.Sqrt(p * (1 - p) / 3000)) + 1e-3, $"x1 = {j}");
        }
    }

    [Fact]
    public void FromTextCountsCharacterBigrams()
    {
        var source = BigramSource.FromText("abracadabra");
        Assert.Equal(["a", "b", "c", "d", "r", "<s_0>", "<d>"], source.Symbols);
        Assert.Equal(5, source.BosId);
        Assert.Equal([0, 0.5, 0.25, 0.25, 0, 0, 0], source.Row(0).ToArray());
        Assert.Equal(5.0 / 11, source.Marginal[0], 12);
        Assert.Equal(source.Marginal.ToArray(), source.Row(source.BosId).ToArray());
    }

    [Fact]
    public void OracleLossesAreZeroAndTheEntropyForTheOracleItself()
    {
        var task = new BigramBackcopyTask(BigramSource.Synthetic(12));
        int batch = 8, length = 32, v = task.VocabSize;
        var inputs = new int[batch * length];
        var targets = new int[batch * length];
        var rng = new AgoraRandom(3);
        task.GenerateBatch(inputs, targets, batch, length, ref rng);
        var logp = new float[batch * length * v];
        var uniform = new float[logp.Length];
        var oracle = new double[v];
        for (int b = 0; b < batch; b++)
        {
            for (int j = 0; j < length; j++)
            {
                task.Oracle(inputs.AsSpan(b * length, length), j, oracle);
                for (int k = 0; k < v; k++)
                {
                    logp[(((b * length) + j) * v) + k] = oracle[k] > 0 ? (float)Math.Log(oracle[k]) : -1e9f;
                    uniform[(((b * length) + j) * v) + k] = (float)-Math.Log(v);
                }
            }
        }

        var perfect = task.Losses(inputs, logp, batch, length);
        Assert.Equal(0, perfect.Backcopy, 6);
        Assert.Equal(task.BigramEntropy(inputs, batch, length), perfect.Bigram, 4);
        Assert.Equal(batch * length, perfect.TriggerPositions + perfect.OtherPositions);
        var flat = task.Losses(inputs, uniform, batch, length);
        Assert.Equal(Math.Log(v), flat.Backcopy, 4);
        Assert.Equal(Math.Log(v), flat.Bigram, 4);
        for (int b = 0; b < batch; b++)
        {
            for (int j = 0; j + 1 < length; j++)
            {
                Assert.Equal(inputs[(b * length) + j + 1], targets[(b * length) + j]);
            }
        }
    }

    [Fact]
    public void BadSourcesGetClearErrors()
    {
        var missing = Assert.Throws<BigramSourceException>(() => BigramSource.FromCorpusFile("/nonexistent/corpus.txt"));
        Assert.Equal("Corpus file '/nonexistent/corpus.txt' does not exist.", missing.Message);
        var tooFew = Assert.Throws<BigramSourceException>(() => new BigramBackcopyTask(BigramSource.FromText("abab abab"), 3));
        Assert.Contains("3 symbols occur but k = 3 triggers need at least 5", tooFew.Message);
        Assert.Throws<BigramSourceException>(() => BigramSource.FromConfigFile("/nonexistent/config.yaml"));
    }

    [Theory]
    [InlineData("vocab_size: 3\nbos:\n- 1\ncond:\n- - 0.5\n  - 0.5\n- - 1.0\n  - 0.0\nmarginal:\n- 0.5\n- 0.5\n", "cond has 2 rows but vocab_size is 3")]
    [InlineData("vocab_size: 2\nbos:\n- 1\ncond:\n- - 0.7\n  - 0.0\n- - 1.0\n  - 0.0\nmarginal:\n- 1.0\n- 0.0\n", "cond row 0 sums to 0.7, not 1")]
    [InlineData("vocab_size: 2\nbos:\n- 1\ncond:\n- - 0.5\n  - 0.5\n- - 1.0\n  - 0.0\nmarginal:\n- 1.0\n- 0.0\n", "cond row 0 moves to <s>")]
    [InlineData("vocab_size: 2\nbos:\n- 1\ncond:\n- - 1.0\n  - x\n- - 1.0\n  - 0.0\nmarginal:\n- 1.0\n- 0.0\n", "'cond' has 'x' where a number is needed")]
    [InlineData("vocab_size: 2\nbos:\n- 1\ncond:\n- - 1.0\n  - 0.0\n- - 1.0\n  - 0.0\n", "the key 'marginal' is missing")]
    public void InconsistentConfigsAreRefused(string yaml, string expected)
    {
        string path = Path.Combine(Path.GetTempPath(), $"agora-bb-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            var e = Assert.Throws<BigramSourceException>(() => BigramSource.FromConfigFile(path));
            Assert.Contains(expected, e.Message);
            Assert.Contains(path, e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
