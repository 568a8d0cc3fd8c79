using Agora.Neural.Probes;

namespace Agora.Neural.Tests.Probes;

public sealed class SinkProbesTests
{
    private const int Trigger = 9;

    // One sequence <s> a T b (T a trigger at position 2); two heads over four positions.
    private static readonly int[] Inputs = [0, 1, Trigger, 2];

    private static Tensor Weights() => Tensor.From(new TensorShape(1, 2, 4, 4),
    [
        // head 0: moderately sinky
        1.0f, 0, 0, 0,
        0.7f, 0.3f, 0, 0,
        0.3f, 0.1f, 0.6f, 0,
        0.2f, 0.1f, 0.6f, 0.1f,

        // head 1: a dormant head on non-triggers, back-copying on the trigger
        1.0f, 0, 0, 0,
        0.9f, 0.1f, 0, 0,
        0.05f, 0.9f, 0.05f, 0,
        0.8f, 0.1f, 0.05f, 0.05f,
    ]);

    private static bool IsTrigger(int id) => id == Trigger;

    [Fact]
    public void AttentionOnFirstTokenFromNonTriggerQueriesWithAndWithoutQueryZero()
    {
        Assert.Equal((0.7 + 0.2) / 2, SinkProbes.AttentionOnFirstToken(Weights(), 0, Inputs, IsTrigger, includeFirstQuery: false), 6);
        Assert.Equal((1 + 0.7 + 0.2) / 3, SinkProbes.AttentionOnFirstToken(Weights(), 0, Inputs, IsTrigger, includeFirstQuery: true), 6);
        Assert.Equal((0.9 + 0.8) / 2, SinkProbes.AttentionOnFirstToken(Weights(), 1, Inputs, IsTrigger, includeFirstQuery: false), 6);
    }

    [Fact]
    public void UnderReluAttentionTheSinkIsTheRawReluWeightOverQueryPositionPlusOneAsInThePaper()
    {
        // The paper (BBM/probe_utils.py get_dynamic_summary, "bos_attn") averages attn_weights[:, 0, :, 0][~triggers]
        // with ReLU weights ReLU(s_ij)/(i+1) and no renormalisation. Head width 1 and q_i = 1 make s_ij = k_j, so the
        // weight on <s> from query i is ReLU(k_0)/(i+1) = 2/(i+1): 2, 1, 2/3, 1/2 (query 2 is the trigger).
        var q = Tensor.From(new TensorShape(1, 4, 1), [1f, 1f, 1f, 1f]);
        var k = Tensor.From(new TensorShape(1, 4, 1), [2f, -1f, 0.5f, 3f]);
        var v = Tensor.From(new TensorShape(1, 4, 1), [1f, 1f, 1f, 1f]);
        var attention = new Agora.Neural.Ops.AttentionOp(1, Agora.Neural.Ops.AttentionKind.Relu);
        attention.Forward(null, q, k, v);
        Assert.Equal((1 + 0.5) / 2, SinkProbes.AttentionOnFirstToken(attention.Weights, 0, Inputs, IsTrigger, includeFirstQuery: false), 6);
        Assert.Equal((2 + 1 + 0.5) / 3, SinkProbes.AttentionOnFirstToken(attention.Weights, 0, Inputs, IsTrigger, includeFirstQuery: true), 6);

        // Key 1's score is negative, so the trigger query puts ReLU(−1)/3 = 0 on the previous token.
        Assert.Equal(0, SinkProbes.AttentionOnPreviousToken(attention.Weights, 0, Inputs, IsTrigger), 6);
    }

    [Fact]
    public void AttentionOnPreviousTokenFromTriggerQueries()
    {
        Assert.Equal(0.1, SinkProbes.AttentionOnPreviousToken(Weights(), 0, Inputs, IsTrigger), 6);
        Assert.Equal(0.9, SinkProbes.AttentionOnPreviousToken(Weights(), 1, Inputs, IsTrigger), 6);
        Assert.True(double.IsNaN(SinkProbes.AttentionOnPreviousToken(Weights(), 0, [0, 1, 2, 3], IsTrigger)));
    }

    [Fact]
    public void HeadRolesDependOnTheQueryDomain()
    {
        var w = Weights();
        Assert.Equal([HeadRole.Active, HeadRole.Dormant], SinkProbes.ClassifyHeads(w, q => !IsTrigger(Inputs[q])));
        Assert.Equal([HeadRole.Active, HeadRole.Active], SinkProbes.ClassifyHeads(w, q => IsTrigger(Inputs[q])));
        Assert.Equal([HeadRole.Dormant, HeadRole.Dormant], SinkProbes.ClassifyHeads(w, q => !IsTrigger(Inputs[q]), threshold: 0.44));
    }

    [Fact]
    public void ProjectedValueNormsUseTheHeadsBlockOfTheOutputProjection()
    {
        // D = 4, two heads of 2. W_O maps head 0's (x, y) to (2x, y, 0, 0) and head 1's (x, y) to (0, 0, 0, 3y).
        var wo = Tensor.From(new TensorShape(4, 4),
        [
            2, 0, 0, 0,
            0, 1, 0, 0,
            0, 0, 0, 0,
            0, 0, 0, 3,
        ]);
        var values = Tensor.From(new TensorShape(1, 3, 4),
        [
            1, 0, 5, 1,
            0, 3, 0, 2,
            1, 1, 7, 0,
        ]);
        var (first0, others0) = SinkProbes.ProjectedValueNorms(values, wo, heads: 2, head: 0);
        Assert.Equal(2, first0, 6);
        Assert.Equal((3 + Math.Sqrt(5)) / 2, others0, 6);
        var (first1, others1) = SinkProbes.ProjectedValueNorms(values, wo, heads: 2, head: 1);
        Assert.Equal(3, first1, 6);
        Assert.Equal((6 + 0) / 2.0, others1, 6);
    }

    [Fact]
    public void ResidualNormsAtTheFirstTokenAndElsewhere()
    {
        var h = Tensor.From(new TensorShape(2, 3, 2), [3, 4, 1, 0, 0, 1, 6, 8, 0, 2, 2, 0]);
        var (first, others) = SinkProbes.ResidualNorms(h);
        Assert.Equal(7.5, first, 6);
        Assert.Equal(1.5, others, 6);
    }

    [Fact]
    public void BadShapesAreRefused()
    {
        Assert.Throws<ArgumentException>(() => SinkProbes.AttentionOnFirstToken(new Tensor(new TensorShape(2, 4, 4)), 0, Inputs, IsTrigger, false));
        Assert.Throws<ArgumentOutOfRangeException>(() => SinkProbes.AttentionOnFirstToken(Weights(), 2, Inputs, IsTrigger, false));
        Assert.Throws<ArgumentException>(() => SinkProbes.AttentionOnFirstToken(Weights(), 0, [0, 1], IsTrigger, false));
    }
}
