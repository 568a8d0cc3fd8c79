using Agora.Core.Environments.Foraging;

namespace Agora.Core.Tests.Environments.Foraging;

public sealed class ObservationSchemaTests
{
    [Fact]
    public void The_committed_schema_of_Foraging_8x8_2p_2f_v3_matches_the_code()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Agora.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Agora.slnx not found above the test binaries.");
        }

        string path = Path.Combine(root, "docs", "lbf-observation-schema.json");
        string actual = ForagingObservationLayout.ToJson(ForagingId.Parse("Foraging-8x8-2p-2f-v3")).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("AGORA_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Schema_names_and_bounds_follow_the_layout()
    {
        var options = ForagingId.Parse("Foraging-2s-15x15-4p-5f-coop-v3");
        var fields = ForagingObservationLayout.Fields(options);
        Assert.Equal(27, fields.Count);
        Assert.Equal(["food0.y", "food0.x", "food0.level"], fields.Take(3).Select(f => f.Name));
        Assert.Equal(["self.y", "self.x", "self.level", "player1.y"], fields.Skip(15).Take(4).Select(f => f.Name));
        Assert.Equal((-1f, 14f, -1f), (fields[0].Low, fields[0].High, fields[0].Missing!.Value));
        Assert.Equal(6f, fields[2].High); // three lowest max player levels: 2 + 2 + 2
        Assert.Equal(2f, fields[17].High);
    }
}
