using Portcullis.Domain.Reference;

namespace Portcullis.Domain.Tests;

public sealed class ReferenceCatalogTests
{
    private static readonly ReferenceCatalog Catalog = ReferenceCatalog.Default;

    [Theory]
    [InlineData("XK")]
    [InlineData("xk")]
    [InlineData("XKX")]
    [InlineData("RKS")]
    [InlineData("UNK")]
    [InlineData("RSPRN")]
    [InlineData("RS PRN")]
    [InlineData("RSPRZ")]
    [InlineData("RSFZJ")]
    [InlineData("RSMIT")]
    public void ResolveJurisdiction_KosovoCodes_ResolveToKosovo(string code)
    {
        var jurisdiction = Catalog.ResolveJurisdiction(code);

        jurisdiction.ShouldNotBeNull();
        jurisdiction.Code.Value.ShouldBe("XK");
        jurisdiction.DisplayName.ShouldBe("Kosovo*");
        jurisdiction.RequiresUnscr1244Footnote.ShouldBeTrue();
    }

    [Theory]
    [InlineData("RS", "RS")]
    [InlineData("SRB", "RS")]
    [InlineData("RSBEG", "RS")]
    [InlineData("RSNVS", "RS")]
    [InlineData("ALB", "AL")]
    [InlineData("ALDRZ", "AL")]
    [InlineData("BIH", "BA")]
    [InlineData("MNE", "ME")]
    [InlineData("MEBAR", "ME")]
    [InlineData("MKD", "MK")]
    [InlineData("MKSKP", "MK")]
    public void ResolveJurisdiction_ProgrammeCodes_ResolveToTheirJurisdiction(string code, string expected) =>
        Catalog.ResolveJurisdiction(code)!.Code.Value.ShouldBe(expected);

    [Theory]
    [InlineData("HR")]
    [InlineData("ITA")]
    [InlineData("GRPIR")]
    [InlineData("")]
    [InlineData("X")]
    public void ResolveJurisdiction_PlacesOutsideTheProgramme_ReturnNull(string code) =>
        Catalog.ResolveJurisdiction(code).ShouldBeNull();

    [Fact]
    public void Jurisdictions_AllSix_HaveNamesInTheirOfficialLanguages()
    {
        Catalog.Jurisdictions.Select(j => j.Code.Value).ShouldBe(["AL", "BA", "XK", "ME", "MK", "RS"]);
        Catalog.Jurisdictions.ShouldAllBe(j => j.LocalNames.Count > 0);
        Catalog.Jurisdiction(new JurisdictionCode("AL")).LocalNames.ShouldContain(n => n.Language == "sq" && n.Name == "Shqipëria");
        Catalog.Jurisdiction(new JurisdictionCode("MK")).LocalNames.ShouldContain(n => n.Language == "mk" && n.Name == "Северна Македонија");
        Catalog.Jurisdiction(new JurisdictionCode("RS")).LocalNames.ShouldContain(n => n.Language == "sr-Cyrl" && n.Name == "Србија");
        Catalog.Jurisdictions.Where(j => j.RequiresUnscr1244Footnote).Select(j => j.Code.Value).ShouldBe(["XK"]);
    }

    [Theory]
    [InlineData("ALDRZ", LocationKind.Seaport)]
    [InlineData("ALVOA", LocationKind.Seaport)]
    [InlineData("ALSHG", LocationKind.Seaport)]
    [InlineData("MEBAR", LocationKind.Seaport)]
    [InlineData("MEKOT", LocationKind.Seaport)]
    [InlineData("RSBEG", LocationKind.RiverPort)]
    [InlineData("RSNVS", LocationKind.RiverPort)]
    public void Locations_ProgrammePorts_ArePresentWithTheirUnLocode(string unLocode, LocationKind kind) =>
        Catalog.Locations.ShouldContain(l => l.UnLocode == unLocode && l.Kind == kind);

    [Theory]
    [InlineData("TIA", "LATI", "AL")]
    [InlineData("PRN", "BKPR", "XK")]
    [InlineData("TGD", "LYPG", "ME")]
    [InlineData("TIV", "LYTV", "ME")]
    [InlineData("SKP", "LWSK", "MK")]
    [InlineData("OHD", "LWOH", "MK")]
    [InlineData("SJJ", "LQSA", "BA")]
    [InlineData("BNX", "LQBK", "BA")]
    [InlineData("TZL", "LQTZ", "BA")]
    [InlineData("OMO", "LQMO", "BA")]
    [InlineData("BEG", "LYBE", "RS")]
    [InlineData("INI", "LYNI", "RS")]
    [InlineData("KVO", "LYKV", "RS")]
    public void Locations_ProgrammeAirports_HaveIataIcaoAndJurisdiction(string iata, string icao, string jurisdiction)
    {
        var airport = Catalog.Locations.Single(l => l.Iata == iata);

        airport.Kind.ShouldBe(LocationKind.Airport);
        airport.Icao.ShouldBe(icao);
        airport.Jurisdiction.Value.ShouldBe(jurisdiction);
        TimeZoneInfo.FindSystemTimeZoneById(airport.TimeZone).ShouldNotBeNull();
    }

    [Fact]
    public void Locations_BijacaTerminal_IsInBosniaAndHerzegovina() =>
        Catalog.FindLocation("bijaca-terminal")!.Jurisdiction.Value.ShouldBe("BA");

    [Fact]
    public void Units_EveryJurisdiction_HasUnitsWithMemberAgenciesOfTheSameJurisdiction()
    {
        foreach (var jurisdiction in Catalog.Jurisdictions)
        {
            var units = Catalog.Units.Where(u => u.Jurisdiction == jurisdiction.Code).ToList();
            units.Count.ShouldBeGreaterThanOrEqualTo(2, jurisdiction.Name);
            units.ShouldAllBe(u => u.AgencyCodes.Count > 0 && u.AgencyCodes.All(a => Catalog.FindAgency(a)!.Jurisdiction == jurisdiction.Code));
        }

        Catalog.Units.Select(u => u.Kind).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Countries_IsoTable_IncludesKosovoAndTheOthers()
    {
        Catalog.Countries.Count.ShouldBeGreaterThan(240);
        Catalog.FindCountry("XK")!.Alpha3.ShouldBe("XKX");
        Catalog.FindCountry("RKS")!.Alpha2.ShouldBe("XK");
        Catalog.FindCountry("NAM")!.Alpha2.ShouldBe("NA");
        Catalog.FindCountry("deu")!.Numeric.ShouldBe("276");
        Catalog.FindCountry("QQ").ShouldBeNull();
    }

    [Fact]
    public void SearchCountries_NameOrCode_FindsCountry()
    {
        Catalog.SearchCountries("macedonia").Select(c => c.Alpha2).ShouldBe(["MK"]);
        Catalog.SearchCountries("MNE").Select(c => c.Alpha2).ShouldBe(["ME"]);
        Catalog.SearchCountries(" ").Count.ShouldBe(Catalog.Countries.Count);
    }
}
