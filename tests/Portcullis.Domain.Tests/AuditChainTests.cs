using Portcullis.Domain.Auditing;

namespace Portcullis.Domain.Tests;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static AuditEvent Event(string action = AuditActions.PersonRead) =>
        new(action, Guid.Parse("0193f3a0-0000-7000-8000-000000000001"), "al.unit-head", "AL-PCU-DURRES", "AL", "person", "p-1", "{\"a\":1}", "192.0.2.1");

    [Fact]
    public void Seal_FirstEntry_FollowsTheGenesisHash()
    {
        var entry = AuditChain.Seal(Event(), 1, AuditChain.GenesisHash, Noon);

        entry.PreviousHash.ShouldBe(new string('0', 64));
        entry.Hash.Length.ShouldBe(64);
        entry.Hash.ShouldBe(AuditChain.ComputeHash(entry));
    }

    [Fact]
    public void Seal_SameEventAndPosition_GivesTheSameHash() =>
        AuditChain.Seal(Event(), 7, "ab".PadLeft(64, '0'), Noon).Hash
            .ShouldBe(AuditChain.Seal(Event(), 7, "ab".PadLeft(64, '0'), Noon).Hash);

    [Fact]
    public void Seal_NonUtcTimeWithTicks_IsStoredInUtcMicroseconds()
    {
        var local = new DateTimeOffset(2026, 11, 28, 13, 0, 0, TimeSpan.FromHours(1)).AddTicks(1234567);

        var entry = AuditChain.Seal(Event(), 1, AuditChain.GenesisHash, local);

        entry.OccurredAt.Offset.ShouldBe(TimeSpan.Zero);
        (entry.OccurredAt.Ticks % 10).ShouldBe(0);
        entry.OccurredAt.UtcDateTime.ShouldBe(Noon.UtcDateTime.AddTicks(1234560));
    }

    [Fact]
    public void ComputeHash_AnyFieldChanged_NoLongerMatches()
    {
        var entry = AuditChain.Seal(Event(), 3, AuditChain.GenesisHash, Noon);

        AuditChain.ComputeHash(entry with { Details = "{\"a\":2}" }).ShouldNotBe(entry.Hash);
        AuditChain.ComputeHash(entry with { ActorName = "someone.else" }).ShouldNotBe(entry.Hash);
        AuditChain.ComputeHash(entry with { OccurredAt = Noon.AddSeconds(1) }).ShouldNotBe(entry.Hash);
        AuditChain.ComputeHash(entry with { Sequence = 4 }).ShouldNotBe(entry.Hash);
        AuditChain.ComputeHash(entry with { PreviousHash = "1".PadLeft(64, '0') }).ShouldNotBe(entry.Hash);
        AuditChain.ComputeHash(entry with { RemoteAddress = null }).ShouldNotBe(entry.Hash);
    }

    [Fact]
    public void ComputeHash_NullAndEmptyText_AreDistinct()
    {
        var entry = AuditChain.Seal(Event() with { SubjectId = null }, 1, AuditChain.GenesisHash, Noon);

        AuditChain.ComputeHash(entry with { SubjectId = string.Empty }).ShouldNotBe(entry.Hash);
    }
}
