using Agora.Core.Donor;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Donor;

public sealed class DonorRoundDeciderTests
{
    // Decides a whole round at once, in reverse order, through the same genomes: any dependence of one decision on
    // another within a round would show up as a difference from the one-at-a-time path.
    private sealed class WholeRound(DonorGenome[] genomes) : IDonorRoundDecider
    {
        private GenomeDecider _inner = new(genomes);

        public int Rounds { get; private set; }

        public DonorAction Decide(in DonorDecisionContext context, ref AgoraRandom rng) => throw new InvalidOperationException("the game should ask for whole rounds");

        public void DecideRound(ReadOnlySpan<DonorDecisionContext> contexts, Span<DonorAction> actions, ref AgoraRandom rng)
        {
            Rounds++;
            for (int i = contexts.Length - 1; i >= 0; i--)
            {
                actions[i] = _inner.Decide(in contexts[i], ref rng);
            }
        }
    }

    [Theory]
    [InlineData(DonorVariant.Plain)]
    [InlineData(DonorVariant.CostlyPunishment)]
    [InlineData(DonorVariant.PartnerChoice)]
    public void Deciding_a_whole_round_at_once_changes_nothing(DonorVariant variant)
    {
        var options = new DonorGameOptions { Variant = variant, Selection = DonorSelection.Reputation };
        var seedRng = new AgoraRandom(17);
        var genomes = Enumerable.Range(0, 12).Select(_ => DonorGenome.RandomParametric(ref seedRng, new DonorMutation()) with { PunishThreshold = 0.3 }).ToArray();
        var oneByOne = new DonorGame(options);
        var whole = new DonorGame(options);
        var single = new GenomeDecider(genomes);
        var batched = new WholeRound(genomes);
        var a = new AgoraRandom(5);
        var b = new AgoraRandom(5);
        for (int generation = 1; generation <= 3; generation++)
        {
            var expected = oneByOne.PlayGeneration(ref single, generation, ref a);
            var actual = whole.PlayGeneration(ref batched, generation, ref b);
            Assert.Equal(expected, actual);
            Assert.Equal(oneByOne.Scores, whole.Scores);
            Assert.Equal(oneByOne.ReputationScores, whole.ReputationScores);
            for (int agent = 0; agent < 12; agent++)
            {
                Assert.Equal(oneByOne.Traces[agent].Describe(agent, n => "A" + n, 2), whole.Traces[agent].Describe(agent, n => "A" + n, 2));
            }
        }

        Assert.Equal(3 * 2 * 12, batched.Rounds);
        Assert.Equal(a.NextUInt64(), b.NextUInt64());
    }
}
