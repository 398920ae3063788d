using Portcullis.Domain.Cargo;
using Portcullis.Features.Cargo;
using Portcullis.Formats.Cargo;

namespace Portcullis.Features.Tests.Cargo;

/// <summary>How a party is recognised across consignments, and whether it is a company or a person.</summary>
public sealed class PartyIdentityTests
{
    [Theory]
    [InlineData("TIRANA TRADE SH.P.K.", PartyKinds.Organisation)]
    [InlineData("DURRES FOODS SHPK", PartyKinds.Organisation)]
    [InlineData("ISTANBUL TEKSTIL AS", PartyKinds.Organisation)]
    [InlineData("BANKA E TIRANES", PartyKinds.Organisation)]
    [InlineData("BALKAN ROUTE LOGISTICS D.O.O.", PartyKinds.Organisation)]
    [InlineData("SKOPJE PHARM DOOEL", PartyKinds.Organisation)]
    [InlineData("ARBEN HOXHA", PartyKinds.Person)]
    [InlineData("Marko Petrović", PartyKinds.Person)]
    public void A_name_with_a_legal_form_or_a_company_word_is_a_company_and_a_plain_name_a_person(string name, string kind) =>
        PartyIdentity.KindOf(name).ShouldBe(kind);

    [Fact]
    public void The_same_company_written_with_and_without_dots_and_accents_is_one_party_and_an_identifier_decides_when_sent()
    {
        static CargoParty Party(string name, string country, params PartyIdentifier[] ids) =>
            new() { Name = name, Address = new CargoAddress { Country = country }, Identifiers = [.. ids] };

        PartyIdentity.Key(Party("Međunarodni Transport SH.P.K.", "AL")).ShouldBe(PartyIdentity.Key(Party("MEDUNARODNI TRANSPORT SHPK", "AL")));
        PartyIdentity.Key(Party("TIRANA TRADE SHPK", "AL")).ShouldNotBe(PartyIdentity.Key(Party("TIRANA TRADE SHPK", "XK")));
        PartyIdentity.Key(Party("TIRANA TRADE", "AL", new PartyIdentifier("EORI", "AL12345678A")))
            .ShouldBe(PartyIdentity.Key(Party("Tirana Trade Sh.p.k.", "AL", new PartyIdentifier("eori", "al 1234 5678 a"))));
    }
}
