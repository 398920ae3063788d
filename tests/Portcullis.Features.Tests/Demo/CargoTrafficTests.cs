using Portcullis.Domain.Reference;
using Portcullis.Features.Demo.Traffic;
using Portcullis.Features.Demo.Traffic.Cargo;
using Portcullis.Formats;
using Portcullis.Formats.Cargo;

namespace Portcullis.Features.Tests.Demo;

public sealed class CargoTrafficTests
{
    private static readonly DateOnly Day = new(2026, 12, 15);

    private static readonly string[] Vague = ["GENERAL CARGO", "SAID TO CONTAIN PARTS", "SAMPLES", "STC VARIOUS GOODS", "CONSOLIDATED CARGO"];

    private static (CargoGenerator Cargo, List<GeneratedFile> Files) Generate(int seed = 1913)
    {
        var cargo = new CargoGenerator(Day, seed);
        return (cargo, cargo.Generate().ToList());
    }

    private static CargoDocument Read(GeneratedFile file) => CargoDataReader.ReadDocument(new MemoryStream(file.Content), Day);

    private static List<(GeneratedFile File, CargoDocument Document)> ReadAll(int seed = 1913) => [.. Generate(seed).Files.Select(f => (f, Read(f)))];

    private static IEnumerable<Consignment> Consignments(IEnumerable<(GeneratedFile File, CargoDocument Document)> read) =>
        read.SelectMany(r => r.Document.Messages).SelectMany(m => m.Consignments);

    [Theory]
    [InlineData(1913)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(20261215)]
    public void Every_cargo_file_reads_without_errors_and_without_check_digit_warnings(int seed)
    {
        foreach (var (file, document) in ReadAll(seed))
        {
            var problems = document.Diagnostics.Concat(document.Messages.SelectMany(m => m.Diagnostics)).ToList();
            problems.Where(d => d.Severity == Severity.Error || d.Code.Contains("check-digit", StringComparison.Ordinal) || d.Code is "cargo.container-number" or "cargo.imo-number" or "cargo.awb-number")
                .ShouldBeEmpty(file.Path + ": " + string.Join("; ", problems));

            // Nothing at all to say: units, HS codes, lines, roles are all as the readers expect.
            problems.ShouldBeEmpty(file.Path + ": " + string.Join("; ", problems));
            document.Messages.ShouldNotBeEmpty(file.Path);
        }
    }

    [Fact]
    public void The_files_are_where_the_formats_go()
    {
        var (_, files) = Generate();
        foreach (var (file, document) in files.Select(f => (f, Read(f))))
        {
            var expected = document.Format switch
            {
                "CUSCAR" => "/cuscar/",
                "XFWB" or "XFZB" => "/xfwb/",
                _ => "/fwb/",
            };
            file.Path.ShouldStartWith("2026-12-15/");
            file.Path.ShouldContain(expected);
            file.Path.ShouldEndWith(document.Format == "CUSCAR" ? ".edi" : expected == "/xfwb/" ? ".xml" : ".txt");
        }

        files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count().ShouldBe(files.Count);
    }

    [Fact]
    public void The_counts_agree_with_what_the_files_hold()
    {
        var (cargo, files) = Generate();
        var read = files.Select(f => (File: f, Document: Read(f))).ToList();
        var manifests = read.SelectMany(r => r.Document.Messages).Where(m => m.Type == "CUSCAR").ToList();
        var bills = manifests.SelectMany(m => m.Consignments).ToList();
        var air = read.SelectMany(r => r.Document.Messages).Where(m => m.Type != "CUSCAR").SelectMany(m => m.Consignments).ToList();

        cargo.Files.ShouldBe(files.Count);
        manifests.Where(m => m.Function == "original").Select(m => m.Voyage!.VoyageNumber).Distinct(StringComparer.Ordinal).Count().ShouldBe(cargo.VesselCalls);
        bills.Select(b => b.Number).Distinct(StringComparer.Ordinal).Count().ShouldBe(cargo.Bills);
        bills.SelectMany(b => b.Equipment).Select(e => e.Number).Distinct(StringComparer.Ordinal).Count().ShouldBe(cargo.Containers);
        air.Count(c => c.Kind == "master-air-waybill").ShouldBe(cargo.AirWaybills);
        air.Count(c => c.Kind == "house-air-waybill").ShouldBe(cargo.HouseWaybills);
        cargo.HouseWaybills.ShouldBeGreaterThan(0);
        files.Count(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)).ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData(1913)]
    [InlineData(1)]
    [InlineData(2)]
    public void Durres_and_Bar_have_calls_with_at_least_200_containers_and_one_late_amendment(int seed)
    {
        var read = ReadAll(seed);
        var manifests = read.SelectMany(r => r.Document.Messages).Where(m => m.Type == "CUSCAR").ToList();

        manifests.Where(m => m.Function == "original").Select(m => m.Voyage!.PortOfCall).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ShouldBe(["ALDRZ", "MEBAR"]);
        manifests.SelectMany(m => m.Consignments).SelectMany(c => c.Equipment).Select(e => e.Number).Distinct(StringComparer.Ordinal).Count().ShouldBeGreaterThanOrEqualTo(200);
        manifests.ShouldAllBe(m => m.Version == "D95B" && ImoNumber.IsValid(m.Voyage!.ImoNumber));
        manifests.Where(m => m.Function == "original").ShouldAllBe(m => m.Consignments.Count >= 60 && m.Consignments.Count <= 120);
        var amendment = manifests.Where(m => m.Function == "amendment").ShouldHaveSingleItem();
        var original = manifests.Single(m => m.Function == "original" && m.Voyage!.VoyageNumber == amendment.Voyage!.VoyageNumber);
        var originalNumbers = original.Consignments.Select(c => c.Number).ToHashSet(StringComparer.Ordinal);
        amendment.Consignments.Count(c => originalNumbers.Contains(c.Number!)).ShouldBe(1);
        amendment.Consignments.Count(c => !originalNumbers.Contains(c.Number!)).ShouldBe(1);
        amendment.Sent!.Value.ShouldBeGreaterThan(original.Sent!.Value);
        manifests.SelectMany(m => m.Consignments).SelectMany(c => c.Equipment).ShouldAllBe(e => e.NumberValid == true);
    }

    [Theory]
    [InlineData(1913)]
    [InlineData(1)]
    [InlineData(2)]
    public void Tirana_Belgrade_and_Skopje_have_waybills_and_every_house_names_an_existing_master(int seed)
    {
        var air = Consignments(ReadAll(seed)).Where(c => c.Kind != "bill-of-lading").ToList();
        var masters = air.Where(c => c.Kind == "master-air-waybill").ToList();
        var houses = air.Where(c => c.Kind == "house-air-waybill").ToList();

        foreach (var airport in new[] { "TIA", "BEG", "SKP" })
        {
            masters.Count(m => m.Destination == airport).ShouldBeGreaterThanOrEqualTo(10, airport);
        }

        masters.ShouldAllBe(m => m.NumberValid == true && AirlinePrefixes.Default.IsKnown(m.Number));
        var numbers = masters.Select(m => m.Number).ToHashSet(StringComparer.Ordinal);
        houses.ShouldNotBeEmpty();
        houses.ShouldAllBe(h => h.MasterNumber != null && numbers.Contains(h.MasterNumber));
    }

    [Fact]
    public void Codes_are_in_the_reference_data()
    {
        var consignments = Consignments(ReadAll()).ToList();
        var codes = consignments.SelectMany(c => c.Goods).Select(g => g.HsCode).ToList();

        codes.Where(c => c is not null).ShouldAllBe(c => HsNomenclature.Default.Find(c) != null);
        var places = consignments.Where(c => c.Kind == "bill-of-lading")
            .SelectMany(c => new[] { c.PortOfLoading, c.PortOfDischarge, c.PlaceOfDelivery }.Concat(c.Transshipments))
            .Where(p => p is not null).ToList();

        // Codes of the nine covered countries must exist; the far ports (TRAMB, CNSHA, ECGYE...) are "not in the table", not wrong.
        places.ShouldAllBe(p => !UnLocodes.Default.IsUnknownInCoveredCountry(p));
    }

    [Theory]
    [InlineData(1913)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(20261215)]
    public void A_few_consignments_carry_risk_indicators_and_most_are_ordinary(int seed)
    {
        var consignments = Consignments(ReadAll(seed)).ToList();
        var southAmerican = consignments.Where(c => c.PortOfLoading is "ECGYE" or "BRSSZ" or "PECLL" && c.Transshipments.Count > 0).ToList();
        var vague = consignments.Where(c => c.Goods.Any(g => Vague.Contains(g.Description, StringComparer.Ordinal))).ToList();
        var cashCollect = consignments.Where(c => c.FreightTerms == "collect" && c.PaymentMethod == "cash").ToList();
        var residential = consignments.Where(c => c.Parties.Any(p => p.Role == "consignee" && p.Address?.Street is { } s && (s.StartsWith("APT ", StringComparison.Ordinal) || s.StartsWith("STAN ", StringComparison.Ordinal)))).ToList();
        var lightAndValuable = consignments.Where(c => c.Kind == "house-air-waybill" && c.GrossWeightKg < 3 && c.CustomsValue?.Amount >= 20000).ToList();

        southAmerican.ShouldNotBeEmpty();
        southAmerican.ShouldContain(c => c.Goods.Any(g => g.HsCode == "080390") && c.Equipment.Any(e => e.Number == CargoDemoNames.ListedContainer));
        vague.ShouldNotBeEmpty();
        cashCollect.ShouldNotBeEmpty();
        lightAndValuable.ShouldContain(c => c.Parties.Any(p => p.Name == CargoDemoNames.AirConsignee));
        residential.ShouldContain(c => c.Parties.Any(p => p.Name == CargoDemoNames.FruitImporter));

        // About 3 to 5 in a hundred: enough to target, few enough to be the exception.
        var flagged = consignments.Count(c => southAmerican.Contains(c) || vague.Contains(c) || residential.Contains(c) || lightAndValuable.Contains(c));
        ((double)flagged / consignments.Count).ShouldBeInRange(0.02, 0.08);
    }

    [Fact]
    public void Shippers_and_consignees_come_back_across_calls()
    {
        var manifests = ReadAll().SelectMany(r => r.Document.Messages).Where(m => m.Type == "CUSCAR" && m.Function == "original").ToList();
        var consigneesByCall = manifests.Select(m => m.Consignments.SelectMany(c => c.Parties).Where(p => p.Role == "consignee").Select(p => p.Name!).ToHashSet(StringComparer.Ordinal)).ToList();
        var shippersByCall = manifests.Select(m => m.Consignments.SelectMany(c => c.Parties).Where(p => p.Role == "shipper").Select(p => p.Name!).ToHashSet(StringComparer.Ordinal)).ToList();

        consigneesByCall[0].Intersect(consigneesByCall[1], StringComparer.Ordinal).ShouldNotBeEmpty();
        consigneesByCall[2].Intersect(consigneesByCall[3], StringComparer.Ordinal).ShouldNotBeEmpty();
        shippersByCall[0].Intersect(shippersByCall[3], StringComparer.Ordinal).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_does_not()
    {
        var first = Generate().Files;
        var second = Generate().Files;
        var other = Generate(7).Files;

        second.Select(f => f.Path).ShouldBe(first.Select(f => f.Path));
        second.Zip(first).ShouldAllBe(pair => pair.First.Content.SequenceEqual(pair.Second.Content));
        other.Zip(first).Any(pair => !pair.First.Content.SequenceEqual(pair.Second.Content)).ShouldBeTrue();
    }

    [Fact]
    public void The_listed_names_are_valid_and_in_the_demo_watchlist()
    {
        ContainerNumber.IsValid(CargoDemoNames.ListedContainer).ShouldBeTrue();
        using var stream = typeof(Portcullis.Features.Demo.Watchlist.ImportDemoWatchlist).Assembly.GetManifestResourceStream("Portcullis.Features.Demo.Watchlist.demo-national-list.csv")!;
        var csv = new StreamReader(stream).ReadToEnd();
        csv.ShouldContain("," + CargoDemoNames.ListedContainer + ",");
        foreach (var company in CargoDemoNames.ListedCompanies)
        {
            csv.ShouldContain("," + company + ",");
        }
    }

    [Fact]
    public async Task Generate_traffic_reports_the_cargo_counts()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portcullis-cargo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = (await new GenerateTraffic.Handler(TimeProvider.System).HandleAsync(new GenerateTraffic.Command(folder, Day, 3), TestContext.Current.CancellationToken)).Value!;
            var cargo = new CargoGenerator(Day, GenerateTraffic.DefaultSeed);
            var files = cargo.Generate().Count();

            result.Files.ShouldBe(12 + files);
            result.CargoFiles.ShouldBe(files);
            (result.VesselCalls, result.Bills, result.Containers, result.AirWaybills, result.HouseWaybills)
                .ShouldBe((cargo.VesselCalls, cargo.Bills, cargo.Containers, cargo.AirWaybills, cargo.HouseWaybills));
            Directory.GetFiles(Path.Combine(result.Folder, "cuscar")).Length.ShouldBe(cargo.VesselCalls + 1);
            Directory.GetFiles(Path.Combine(result.Folder, "xfwb")).ShouldNotBeEmpty();
            Directory.GetFiles(Path.Combine(result.Folder, "fwb")).ShouldNotBeEmpty();
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
