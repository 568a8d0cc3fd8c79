using Agora.Core.Testing;

namespace Agora.Core.Tests.Testing;

public sealed class AllocationMeterTests
{
    [Fact]
    public void Counts_what_the_work_allocates_and_nothing_for_work_that_allocates_nothing()
    {
        int[] sink = [];
        long allocating = AllocationMeter.SmallestOf(() => sink = new int[1000]);
        long quiet = AllocationMeter.SmallestOf(() => sink[0] = sink.Length);
        Assert.InRange(allocating, 4000, 4100); // 1000 ints plus the array header
        Assert.Equal(0, quiet);
    }

    [Fact]
    public void Stops_early_once_a_try_allocates_nothing_and_refuses_zero_tries()
    {
        int runs = 0;
        Assert.Equal(0, AllocationMeter.SmallestOf(() => runs++, tries: 5));
        Assert.Equal(1, runs);
        Assert.Throws<ArgumentOutOfRangeException>(() => AllocationMeter.SmallestOf(() => { }, tries: 0));
    }
}
