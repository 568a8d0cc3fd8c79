using System.Globalization;
using Agora.Core.Environments.ThreeBody;

namespace Agora.Core.Tests.Environments.ThreeBody;

public sealed class ThreeBodyInitialConditionsTests
{
    [Fact]
    public void AllTenReferenceSeedsMatchToSixDecimals()
    {
        var rows = ThreeBodyReference.InitialConditions();
        Assert.Equal(10, rows.Count);
        foreach ((uint seed, double[] expected) in rows)
        {
            var ic = ThreeBodyInitialConditions.FromSeed(seed);
            double[] actual = [ic.X1, ic.Y1, ic.X2, ic.Y2];
            for (int i = 0; i < 4; i++)
            {
                Assert.Equal(expected[i].ToString("F6", CultureInfo.InvariantCulture), actual[i].ToString("F6", CultureInfo.InvariantCulture));
            }
        }
    }
}
