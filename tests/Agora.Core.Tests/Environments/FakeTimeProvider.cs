namespace Agora.Core.Tests.Environments;

/// <summary>A clock that only moves when told to, with one tick per millisecond.</summary>
internal sealed class FakeTimeProvider : TimeProvider
{
    public long Ticks { get; set; }

    public override long TimestampFrequency => 1000;

    public override long GetTimestamp() => Ticks;
}
