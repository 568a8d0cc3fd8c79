namespace Agora.Cli.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void No_arguments_succeeds() => Assert.Equal(0, Program.Main([]));
}
