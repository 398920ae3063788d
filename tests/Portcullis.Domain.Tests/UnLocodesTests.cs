using Portcullis.Domain.Reference;

namespace Portcullis.Domain.Tests;

public sealed class UnLocodesTests
{
    private static readonly UnLocodes Table = UnLocodes.Default;

    [Theory]
    [InlineData("ALDRZ", "Durres", "AL", true, false)]
    [InlineData("MEBAR", "Bar", "ME", true, false)]
    [InlineData("RSBEG", "Belgrade (Beograd)", "RS", false, true)]
    [InlineData("MKSKP", "Skopje", "MK", false, true)]
    [InlineData("ALTIA", "Tirana", "AL", false, true)]
    [InlineData("HRRJK", "Rijeka", "HR", true, true)]
    [InlineData("GRPIR", "Piraeus", "GR", true, false)]
    [InlineData("ITGOA", "Genova", "IT", true, true)]
    [InlineData("BGVAR", "Varna", "BG", true, true)]
    [InlineData("RSPHO", "Prahovo", "RS", true, false)]
    public void Find_RegionPlace_NameCountryFunctions(string code, string name, string country, bool port, bool airport)
    {
        var place = Table.Find(code).ShouldNotBeNull();
        place.Name.ShouldBe(name);
        place.Country.ShouldBe(country);
        place.IsPort.ShouldBe(port);
        place.IsAirport.ShouldBe(airport);
    }

    [Fact]
    public void Find_SkopjeRoadAndAirport_AllFunctionsRead() =>
        Table.Find("MKSKP").ShouldNotBeNull().Functions.ShouldBe(UnLocodeFunctions.Road | UnLocodeFunctions.Airport | UnLocodeFunctions.Border);

    [Theory]
    [InlineData("RSPRN", "Pristina")]
    [InlineData("RSGNJ", "Gnjilane")]
    public void Find_KosovoPlaceListedUnderRs_CountryXk(string code, string name)
    {
        var place = Table.Find(code).ShouldNotBeNull();
        place.Name.ShouldBe(name);
        place.Country.ShouldBe("XK");
    }

    [Fact]
    public void Find_KosovoPlaces_AgreeWithReferenceCatalog()
    {
        var catalog = ReferenceDataLoader.LoadEmbedded();
        foreach (var place in Table.All)
        {
            catalog.ResolveJurisdiction(place.Code)?.Code.ToString().ShouldBe(place.Country is "HR" or "GR" or "BG" or "IT" ? null : place.Country, place.Code);
        }
    }

    [Theory]
    [InlineData("aldrz")]
    [InlineData(" AL DRZ ")]
    public void IsKnown_CaseAndSpaces_Ignored(string code) => Table.IsKnown(code).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ALXXX")]
    [InlineData("NLRTM")]
    [InlineData("DRZ")]
    [InlineData("ALDRZX")]
    public void IsKnown_UnknownOrMalformed_False(string? code) => Table.IsKnown(code).ShouldBeFalse();

    [Theory]
    [InlineData("ALXXX", true)]
    [InlineData("RSBOR", true)]
    [InlineData("NLRTM", false)]
    [InlineData("ALDRZ", false)]
    public void IsUnknownInCoveredCountry_OnlyForTheNineCountries(string code, bool expected) =>
        Table.IsUnknownInCoveredCountry(code).ShouldBe(expected);

    [Fact]
    public void Default_EveryPlace_PortOrAirport() =>
        Table.All.ShouldAllBe(p => p.IsPort || p.IsAirport);
}
