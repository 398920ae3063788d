using Portcullis.Profiles.Travellers;

namespace Portcullis.Profiles.Tests;

/// <summary>
/// The sample profiles, checked and compiled from their files, select exactly the travellers the
/// hand-written reference selects, on a few hundred generated travellers and on planted ones.
/// </summary>
public sealed class SampleProfileTests
{
    private static readonly string SamplesDirectory = Path.Combine(AppContext.BaseDirectory, "Samples");

    public static TheoryData<string> Files() => new(ReferenceProfiles.ByFile.Keys.Order(StringComparer.Ordinal));

    private static Compiling.CompiledProfile<TravellerFacts> Load(string file) =>
        ProfileBuilder.Compile(File.ReadAllText(Path.Combine(SamplesDirectory, file)));

    [Fact]
    public void There_are_ten_samples_and_each_has_a_reference() =>
        Directory.GetFiles(SamplesDirectory, "*.profile").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(ReferenceProfiles.ByFile.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void The_compiled_profile_selects_what_the_reference_selects(string file)
    {
        var profile = Load(file);
        var reference = ReferenceProfiles.ByFile[file];
        var travellers = GeneratedTravellers.Make(600, seed: 20261128);
        var compiled = travellers.Where(profile.Matches).Select(t => t.BookingRecordLocator).ToList();
        var expected = travellers.Where(reference).Select(t => t.BookingRecordLocator).ToList();
        compiled.ShouldBe(expected);
        // A sample that selects no one, or everyone, would prove nothing.
        expected.Count.ShouldBeInRange(1, travellers.Count / 4);
    }

    [Fact]
    public void The_samples_compiled_as_one_set_select_exactly_what_each_selects_alone()
    {
        var profiles = ReferenceProfiles.ByFile.Keys.Order(StringComparer.Ordinal).Select(Load).ToList();
        var set = Compiling.CompiledProfileSet<TravellerFacts>.Compile([.. profiles.Select(p => p.Profile)]);
        var results = new bool[profiles.Count];

        foreach (var traveller in GeneratedTravellers.Make(600, seed: 20261128))
        {
            set.Evaluate(traveller, results);
            for (var i = 0; i < profiles.Count; i++)
            {
                results[i].ShouldBe(profiles[i].Matches(traveller), $"{profiles[i].Header.Name} on {traveller.BookingRecordLocator}");
            }
        }
    }

    [Fact]
    public void Planted_travellers_are_selected_by_the_profiles_they_were_built_for()
    {
        var courier = Traveller.Complete with { BookingRecordLocator = "COURIER" };
        var minors = Traveller.Complete with
        {
            BookingRecordLocator = "MINORS",
            BookingPaymentByThirdParty = true,
            BookingPassengers = [new("HOXHA", "ARBEN", 14), new("HOXHA", "DRITA", 15)],
        };
        var group = Traveller.Complete with
        {
            BookingRecordLocator = "GROUP",
            BookingTravelAgency = "SUNNY TOURS DOO",
            BookingPassengers = [new("A", "A", 30), new("B", "B", 31), new("C", "C", 32)],
        };
        var planted = new[] { courier, minors, group };
        string[] Hits(string file) => [.. planted.Where(Load(file).Matches).Select(t => t.BookingRecordLocator!)];

        Hits("01-last-minute-cash.profile").ShouldBe(["COURIER"]);
        Hits("06-unaccompanied-minors.profile").ShouldBe(["MINORS"]);
        Hits("09-agency-cash-group.profile").ShouldBe(["GROUP"]);
        Hits("07-hub-transit-late-booking.profile").ShouldBe(["COURIER", "MINORS", "GROUP"]);
        Hits("10-watchlist-or-foreign-document.profile").ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_survives_a_round_trip(string file)
    {
        var parsed = ProfileText.Parse(File.ReadAllText(Path.Combine(SamplesDirectory, file)));
        var again = ProfileText.Parse(ProfileText.Format(parsed));
        again.Diagnostics.ShouldBeEmpty();
        SyntaxDump.Of(again.Condition).ShouldBe(SyntaxDump.Of(parsed.Condition));
        (again.Header with { Lines = parsed.Header.Lines }).ShouldBe(parsed.Header);
    }
}
