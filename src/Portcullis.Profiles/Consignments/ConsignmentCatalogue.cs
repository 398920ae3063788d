using System.Linq.Expressions;
using Portcullis.Profiles.Catalogue;
using static Portcullis.Profiles.Catalogue.FieldCategory;

namespace Portcullis.Profiles.Consignments;

/// <summary>
/// The fields a consignment profile may test (<c>subject consignments</c>): goods, route, parties and
/// their history, payment, containers, amendments, watchlist hits, and what the reference data found
/// wrong. Built on the public indicators of the WCO and UNODC container and air cargo programmes.
/// </summary>
public static class ConsignmentCatalogue
{
    public static FieldCatalogue<CargoPlace> Places { get; } = new FieldCatalogue<CargoPlace>("places")
        .Text("place", Travel, "UN/LOCODE (sea) or IATA code (air) of the place.", p => p.Code)
        .Text("country", Travel, "ISO alpha-2 country of the place.", p => p.Country);

    public static FieldCatalogue<GoodsFacts> GoodsLines { get; } = new FieldCatalogue<GoodsFacts>("goods lines")
        .Text("description", Goods, "The goods description as declared.", g => g.Description)
        .Text("hs", Goods, "The HS code as declared, digits only.", g => g.HsCode)
        .Text("hs.chapter", Goods, "The HS chapter (2 digits), e.g. \"08\" for fruit.", g => g.HsChapter)
        .Text("hs.heading", Goods, "The HS heading (4 digits), e.g. \"0803\" for bananas.", g => g.HsHeading)
        .Boolean("hs.known", Goods, "Whether the HS code is in the HS 2022 nomenclature (false: \"HS code not found\").", g => g.HsKnown)
        .Boolean("fitsHs", Goods, "Whether the description fits the HS chapter: false when its words belong to other chapters.", g => g.FitsHs)
        .Boolean("vague", Goods, "Whether the description says nothing of the goods (\"general cargo\", \"said to contain\").", g => g.Vague)
        .Number("packages", Goods, "Packages on the line.", g => g.Packages)
        .Number("weight", Goods, "Gross weight of the line in kilograms.", g => g.GrossWeightKg)
        .Number("value", Goods, "Declared value of the line.", g => g.Value)
        .Number("valuePerKg", Goods, "Declared value of the line per kilogram.", g => g.ValuePerKg)
        .Boolean("dangerous", Goods, "Whether the line carries a UN dangerous goods number.", g => g.Dangerous);

    public static FieldCatalogue<ContainerFacts> ContainerUnits { get; } = new FieldCatalogue<ContainerFacts>("containers")
        .Text("number", Goods, "The container number (ISO 6346).", c => c.Number)
        .Boolean("numberValid", Goods, "Whether the ISO 6346 check digit is right.", c => c.NumberValid)
        .Text("sizeType", Goods, "ISO size and type code, e.g. 45G1.", c => c.SizeType)
        .Boolean("empty", Goods, "Whether the container is declared empty.", c => c.Empty)
        .Number("previousMovements", History, "Voyages the container was seen on before this one.", c => c.PreviousMovements)
        .Number("seals", Goods, "Seals declared on the container.", c => c.Seals);

    public static FieldCatalogue<HandlingCode> HandlingCodes { get; } = new FieldCatalogue<HandlingCode>("special handling codes")
        .Text("code", Goods, "IATA special handling code: DGR, PER, VAL, AVI...", h => h.Code);

    public static FieldCatalogue<ConsignmentFacts> Fields { get; } = Declare(new FieldCatalogue<ConsignmentFacts>("consignments"));

    private static FieldCatalogue<ConsignmentFacts> Declare(FieldCatalogue<ConsignmentFacts> c)
    {
        c.Text("mode", Travel, "sea or air.", f => f.Mode)
            .Text("kind", Goods, "bill-of-lading, master-air-waybill or house-air-waybill.", f => f.Kind)
            .Boolean("isHouse", Goods, "Whether this is a house waybill or house bill under a master.", f => f.IsHouse)
            .Text("carrier", Travel, "The shipping line's code or the airline's IATA code.", f => f.Carrier)
            .Text("port", Travel, "The region's port (UN/LOCODE) or airport (IATA) the consignment passes through.", f => f.Port)
            .DateTime("arrival", Travel, "Arrival of the vessel or flight, local time as sent.", f => f.Arrival)
            .Text("route.origin", Travel, "Where the goods were taken in charge.", f => f.RouteOrigin)
            .Text("route.origin.country", Travel, "ISO alpha-2 country of the origin.", f => f.RouteOriginCountry)
            .Text("route.loading", Travel, "Port or airport of loading.", f => f.RouteLoading)
            .Text("route.loading.country", Travel, "ISO alpha-2 country of the port of loading.", f => f.RouteLoadingCountry)
            .Text("route.discharge", Travel, "Port or airport of discharge.", f => f.RouteDischarge)
            .Text("route.destination", Travel, "Final place of delivery or destination.", f => f.RouteDestination)
            .Text("route.destination.country", Travel, "ISO alpha-2 country of the final destination.", f => f.RouteDestinationCountry)
            .Collection("route.transshipments", Travel, "Ports or airports passed through between loading and discharge.", f => f.RouteTransshipments, Places)
            .Number("route.transshipmentCount", Travel, "Number of transshipments.", f => f.RouteTransshipmentCount)
            .Collection("goods", Goods, "The goods lines.", f => f.Goods, GoodsLines)
            .Text("goods.description", Goods, "Every line's description, joined: for `contains` tests.", f => f.GoodsDescription)
            .Number("pieces", Goods, "Total pieces declared.", f => f.Pieces)
            .Number("weight", Goods, "Total gross weight in kilograms.", f => f.GrossWeightKg)
            .Number("volume", Goods, "Total volume in cubic metres.", f => f.VolumeM3)
            .Number("value", Goods, "Declared value (customs value when no other).", f => f.DeclaredValue)
            .Text("value.currency", Goods, "ISO 4217 currency of the declared value.", f => f.DeclaredCurrency)
            .Number("value.perKg", Goods, "Declared value per kilogram of gross weight.", f => f.ValuePerKg)
            .Text("payment.freightTerms", Payment, "prepaid or collect.", f => f.FreightTerms)
            .Text("payment.method", Payment, "How the freight is paid: cash, cheque, credit, credit-card, transfer, account...", f => f.PaymentMethod)
            .Boolean("payment.cash", Payment, "Whether the freight is paid in cash.", f => f.PaidInCash);
        Party(c, "shipper", f => f.Shipper);
        Party(c, "consignee", f => f.Consignee);
        Party(c, "notify", f => f.Notify);
        return c.Boolean("forwarder.present", Behaviour, "Whether a freight forwarder is named.", f => f.HasForwarder)
            .Collection("containers", Goods, "The containers the consignment travels in.", f => f.Containers, ContainerUnits)
            .Number("containers.count", Goods, "Number of containers.", f => f.ContainerCount)
            .Boolean("containers.invalidNumber", Document, "Whether any container number fails its ISO 6346 check digit.", f => f.ContainerNumberInvalid)
            .Collection("specialHandling", Goods, "Air: IATA special handling codes.", f => f.SpecialHandling, HandlingCodes)
            .Number("amendments", Behaviour, "How many times the consignment was amended or cancelled after it was first declared.", f => f.Amendments)
            .Number("amendments.hoursBeforeArrival", Behaviour, "Hours between the last amendment and arrival (negative: after arrival).", f => f.AmendedHoursBeforeArrival)
            .Number("watchlist.hits", Watchlist, "Watchlist hits on its parties and containers (screening runs before the profiles).", f => f.WatchlistHits)
            .Number("watchlist.partyHits", Watchlist, "Watchlist hits on its parties.", f => f.WatchlistPartyHits)
            .Number("watchlist.containerHits", Watchlist, "Watchlist hits on its containers.", f => f.WatchlistContainerHits)
            .Number("checks.unknownHsCodes", Document, "Goods lines whose HS code is not in HS 2022 (\"HS code not found\").", f => f.UnknownHsCodes)
            .Number("checks.unknownPlaces", Document, "Places on the route that UN/LOCODE does not know in a country it covers.", f => f.UnknownPlaces)
            .Boolean("checks.awbCheckDigitWrong", Document, "Air: whether the AWB number fails its modulus-7 check digit.", f => f.AwbCheckDigitWrong);
    }

    /// <summary>The same fields for each role, read through the role's (possibly absent) party.</summary>
    private static void Party(FieldCatalogue<ConsignmentFacts> c, string role, Expression<Func<ConsignmentFacts, PartyFacts?>> of)
    {
        c.Text($"{role}.name", Behaviour, $"The {role}'s name as sent.", Through(of, p => p.Name))
            .Text($"{role}.country", Travel, $"ISO alpha-2 country of the {role}'s address.", Through(of, p => p.Country))
            .Boolean($"{role}.isPerson", Behaviour, $"Whether the {role} is a private person rather than a company (no legal form in the name).", Through(of, p => p.IsPerson))
            .Boolean($"{role}.residentialAddress", Behaviour, $"Whether the {role}'s address looks residential (apartment, flat, floor).", Through(of, p => p.ResidentialAddress))
            .Boolean($"{role}.firstTimeSeen", History, $"Whether the {role} had never been seen in the jurisdiction before this consignment.", Through(of, p => p.FirstTimeSeen))
            .Number($"{role}.previousConsignments", History, $"Consignments the {role} appeared on in the jurisdiction before this one.", Through(of, p => (decimal?)p.PreviousConsignments))
            .Number($"{role}.daysSinceFirstSeen", History, $"Days since the {role} was first seen in the jurisdiction.", Through(of, p => (decimal?)p.DaysSinceFirstSeen));
    }

    /// <summary><c>f =&gt; of(f) == null ? null : read(of(f))</c>: an absent party reads as missing values, never as an error.</summary>
    private static Expression<Func<ConsignmentFacts, T?>> Through<T>(Expression<Func<ConsignmentFacts, PartyFacts?>> of, Expression<Func<PartyFacts, T?>> read)
    {
        var party = of.Body;
        var body = new Replace(read.Parameters[0], party).Visit(read.Body);
        var guarded = Expression.Condition(Expression.Equal(party, Expression.Constant(null, typeof(PartyFacts))), Expression.Constant(null, body.Type), body);
        return Expression.Lambda<Func<ConsignmentFacts, T?>>(guarded, of.Parameters[0]);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
