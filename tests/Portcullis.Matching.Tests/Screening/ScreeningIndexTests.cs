using Portcullis.Matching.Evidence;
using Portcullis.Matching.Screening;

namespace Portcullis.Matching.Tests.Screening;

public sealed class ScreeningIndexTests
{
    private static readonly ScreeningEntry[] Entries =
    [
        new("RS-1", SubjectKind.Person, ["Đorđe Petrović", "Ђорђе Петровић"], [new(1962, 12, 8)], ["RS"]),
        new("AL-1", SubjectKind.Person, ["Dževdet Hoxha"], [new(1975, null, null)], ["AL"]),
        new("OFAC-1", SubjectKind.Person, ["Abd al-Rahman Yasin"], [], []) { WeakAliases = ["Abu Yasin"] },
        new("MK-ORG", SubjectKind.Organisation, ["Vardar Logistika DOOEL"], [], ["MK"]),
        new("LSD-1", SubjectKind.Unknown, [], [], [], DocumentNumbers: ["P0123456"]),
        .. Enumerable.Range(0, 2_000).Select(i => new ScreeningEntry($"F{i}", SubjectKind.Person, [$"Filler{i:D4} Person{i % 97:D2}x"], [], [])),
    ];

    private static readonly ScreeningIndex Index = ScreeningIndex.Build(Entries);

    [Theory]
    [InlineData("DJORDJE PETROVIC", "RS-1")]
    [InlineData("PETROVIC DORDE", "RS-1")]
    [InlineData("Djordje Petrovik", "RS-1")]
    [InlineData("Xhevdet Hoxha", "AL-1")]
    [InlineData("DZEVDET HODZA", "AL-1")]
    [InlineData("Abdulrahman Yassin", "OFAC-1")]
    public void A_spelling_finds_its_entry(string name, string expected)
    {
        var hits = Index.Screen(new ScreeningQuery(name, SubjectKind.Person));

        hits.ShouldNotBeEmpty(name);
        hits[0].Entry.Id.ShouldBe(expected);
    }

    [Fact]
    public void A_query_scores_a_few_entries_not_the_list()
    {
        Index.EntryCount.ShouldBe(Entries.Length);

        Index.CandidateCount(new ScreeningQuery("DJORDJE PETROVIC", SubjectKind.Person)).ShouldBeLessThanOrEqualTo(32);
        Index.CandidateCount(new ScreeningQuery("Marko Marković", SubjectKind.Person)).ShouldBeLessThan(5);
    }

    [Fact]
    public void A_document_on_a_lost_and_stolen_list_is_a_hit_whatever_the_name()
    {
        var hits = Index.Screen(new ScreeningQuery("Ana Anić", SubjectKind.Person, DocumentNumber: "PO12 3456"));

        var hit = hits.ShouldHaveSingleItem();
        hit.Entry.Id.ShouldBe("LSD-1");
        hit.Score.ShouldBe(0.85f, 0.001f);
        hit.Explanation.Evidence.ShouldContain(e => e.Kind == EvidenceKind.Document);
    }

    [Fact]
    public void A_person_is_not_screened_against_an_organisation()
    {
        Index.Screen(new ScreeningQuery("Vardar Logistika", SubjectKind.Person)).ShouldBeEmpty();
        Index.Screen(new ScreeningQuery("VARDAR LOGISTIKA D.O.O.E.L.", SubjectKind.Organisation)).ShouldHaveSingleItem().Entry.Id.ShouldBe("MK-ORG");
    }

    [Fact]
    public void A_weak_alias_alone_scores_below_a_strong_name()
    {
        var hit = Index.Screen(new ScreeningQuery("Abu Yasin", SubjectKind.Person)).ShouldHaveSingleItem();

        hit.Score.ShouldBe(MatchScorer.WeakAliasFactor, 0.001f);
    }

    [Fact]
    public async Task The_holder_swaps_in_a_rebuilt_index_whole()
    {
        var holder = new ScreeningIndexHolder();
        var before = holder.Current;

        await holder.RebuildAsync(Entries[..2], TestContext.Current.CancellationToken);

        before.EntryCount.ShouldBe(0);
        holder.Current.EntryCount.ShouldBe(2);
        holder.Current.Screen(new ScreeningQuery("Dževdet Hoxha", SubjectKind.Person)).ShouldHaveSingleItem();
    }
}
