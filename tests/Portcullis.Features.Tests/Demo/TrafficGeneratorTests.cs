using System.Text;
using Portcullis.Features.Demo.Traffic;
using Portcullis.Formats;
using Portcullis.Formats.Passengers;

namespace Portcullis.Features.Tests.Demo;

public sealed class TrafficGeneratorTests
{
    private static readonly DateOnly Day = new(2026, 11, 28);

    private static List<GeneratedFile> Generate(int flights, int seed = 7) => new TrafficGenerator(Day, seed).Generate(flights).ToList();

    private static PassengerDocument Read(GeneratedFile file) => PassengerDataReader.ReadDocument(new MemoryStream(file.Content), Day);

    [Fact]
    public void The_same_seed_and_date_give_the_same_bytes_and_another_seed_does_not()
    {
        var first = Generate(12);
        var second = Generate(12);
        var other = Generate(12, seed: 8);

        second.Select(f => f.Path).ShouldBe(first.Select(f => f.Path));
        second.Zip(first).All(pair => pair.First.Content.SequenceEqual(pair.Second.Content)).ShouldBeTrue();
        other.Zip(first).Any(pair => !pair.First.Content.SequenceEqual(pair.Second.Content)).ShouldBeTrue();
    }

    [Fact]
    public void Every_paxlst_file_reads_without_problems_and_its_counts_agree()
    {
        foreach (var file in Generate(30).Where(f => f.Path.Contains("/paxlst/", StringComparison.Ordinal)))
        {
            var document = Read(file);
            var problems = document.Diagnostics.Concat(document.Messages.SelectMany(m => m.Diagnostics)).ToList();
            problems.ShouldBeEmpty(file.Path + ": " + string.Join("; ", problems));
            var message = document.Messages.ShouldHaveSingleItem();
            message.Flight.ShouldNotBeNull();
            message.Travellers.ShouldNotBeEmpty();
            message.Travellers.ShouldAllBe(t => t.Surname != null && t.DateOfBirth != null && t.Documents.Count == 1 && t.Documents[0].Number != null);
            var crew = file.Path.EndsWith("-crew.edi", StringComparison.Ordinal);
            message.ListType.ShouldBe(crew ? "crew" : "passengers");
            (crew ? message.DeclaredCounts!.Crew : message.DeclaredCounts!.Passengers).ShouldBe(message.Travellers.Count);
        }
    }

    [Fact]
    public void Every_pnrgov_envelope_reads_without_problems()
    {
        foreach (var file in Generate(30).Where(f => f.Path.Contains("/pnrgov/", StringComparison.Ordinal)))
        {
            var document = Read(file);
            var problems = document.Diagnostics.Concat(document.Messages.SelectMany(m => m.Diagnostics))
                .Where(d => d.Code.StartsWith("edifact.", StringComparison.Ordinal) || d.Severity == Severity.Error && d.Code.StartsWith("message.type", StringComparison.Ordinal))
                .ToList();
            problems.ShouldBeEmpty(file.Path + ": " + string.Join("; ", problems));
            document.Messages.ShouldHaveSingleItem().Type.ShouldBe("PNRGOV");
        }
    }

    [Fact]
    public void The_person_in_the_api_list_is_the_person_in_the_pnr_with_the_same_name_birth_date_and_document()
    {
        var generator = new TrafficGenerator(Day, 11);
        var flight = RegionalSchedule.Plan(Day, 1, new Random(3))[0];
        var day = generator.Populate(flight);
        var api = Read(new GeneratedFile("p", PaxlstWriter.Passengers(day, "T1"))).Messages[0];
        var pnr = Encoding.UTF8.GetString(PnrgovWriter.Push(day, flight.Departure.AddHours(-2), "T2"));

        api.Travellers.Count.ShouldBe(day.Boarded.Count());
        foreach (var t in api.Travellers)
        {
            var docs = $"/{t.Documents[0].Type}/{t.Documents[0].IssuingCountry}/{t.Documents[0].Number}/{t.Nationality}/";
            pnr.ShouldContain(docs);
            var line = pnr.Split('\n').First(l => l.Contains(docs, StringComparison.Ordinal));
            line.ShouldEndWith($"/{t.Surname}/{t.GivenNames}'");
        }
    }

    [Fact]
    public void Families_share_one_pnr_with_children_and_infants()
    {
        var generator = new TrafficGenerator(Day, 5);
        var days = RegionalSchedule.Plan(Day, 10, new Random(5)).Select(generator.Populate).ToList();
        var families = days.SelectMany(d => d.Bookings).Where(b => b.Travellers.Any(t => t.Person.Age != AgeGroup.Adult)).ToList();

        families.ShouldNotBeEmpty();
        families.ShouldContain(b => b.Travellers.Any(t => t.Person.Age == AgeGroup.Infant));
        families.ShouldAllBe(b => b.Travellers.Any(t => t.Person.Age == AgeGroup.Adult));
        days.SelectMany(d => d.Bookings).ShouldContain(b => b.Travellers.Count >= 10 && b.GroupName != null);
    }

    [Fact]
    public void Some_pnr_interchanges_are_utf8_with_cyrillic_names()
    {
        var cyrillic = Generate(60).Where(f => f.Path.Contains("/pnrgov/", StringComparison.Ordinal))
            .Select(f => Encoding.UTF8.GetString(f.Content))
            .Where(text => text.Contains("UNB+UNOY:4", StringComparison.Ordinal))
            .ToList();

        cyrillic.ShouldNotBeEmpty();
        cyrillic.ShouldAllBe(text => text.Any(c => c >= '\u0400' && c <= '\u04FF'));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(25)]
    [InlineData(300)]
    public void About_the_asked_number_of_flights_with_four_files_each_then_the_cargo_files(int flights)
    {
        var generator = new TrafficGenerator(Day, 2);
        var files = generator.Generate(flights).ToList();

        generator.Flights.ShouldBe(flights);
        files.Count.ShouldBe((flights * 4) + generator.Cargo!.Files);
        files.Take(flights * 4).ShouldAllBe(f => f.Path.Contains("/paxlst/", StringComparison.Ordinal) || f.Path.Contains("/pnrgov/", StringComparison.Ordinal));
        files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count().ShouldBe(files.Count);
        files.ShouldAllBe(f => f.Path.StartsWith("2026-11-28/", StringComparison.Ordinal));
    }
}
