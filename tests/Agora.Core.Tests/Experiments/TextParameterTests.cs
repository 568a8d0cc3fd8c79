using Agora.Core.Experiments;

namespace Agora.Core.Tests.Experiments;

public sealed class TextParameterTests
{
    private static readonly ParameterSpec Spec = ParameterSpec.Text(
        "source", "builtin", "A name or a path.", v => v.StartsWith('/') && !v.EndsWith(".txt", StringComparison.Ordinal) ? $"'{v}' is not a .txt file." : null);

    [Fact]
    public void TextKeepsTheStringAndRunsTheValidator()
    {
        Assert.Equal(ParameterKind.Text, Spec.Kind);
        Assert.Equal("/data/a.txt", Spec.Parse(" /data/a.txt "));
        var e = Assert.Throws<ParameterException>(() => Spec.Parse("/data/a.csv"));
        Assert.Equal("Parameter 'source': '/data/a.csv' is not a .txt file.", e.Message);
        Assert.Equal("source", e.Parameter);
        Assert.Throws<ParameterException>(() => Spec.Validate(3L));
    }

    [Fact]
    public void ADefaultThatFailsItsValidatorIsRefused()
    {
        Assert.Throws<ParameterException>(() => ParameterSpec.Text("p", "bad", "x", _ => "is never valid."));
    }
}
