using Portcullis.Domain.Cargo;
using Portcullis.Formats.Cargo;

namespace Portcullis.Features.Cargo;

/// <summary>The normalized shape's fields copied into the model's columns, clipped to their lengths.</summary>
internal static class ConsignmentFields
{
    public static void Copy(Consignment from, CargoConsignment to)
    {
        to.Kind = from.Kind;
        to.NumberValid = from.NumberValid;
        to.MasterNumber = Clip(from.MasterNumber, CargoConsignment.NumberMaxLength);
        to.Origin = Place(from.Origin);
        to.PortOfLoading = Place(from.PortOfLoading);
        to.Transshipments = Clip(string.Join(' ', from.Transshipments.Select(Place).OfType<string>()), 200) ?? "";
        to.PortOfDischarge = Place(from.PortOfDischarge);
        to.PlaceOfDelivery = Place(from.PlaceOfDelivery);
        to.Destination = Place(from.Destination);
        to.Pieces = from.Pieces;
        to.GrossWeightKg = from.GrossWeightKg;
        to.VolumeM3 = from.VolumeM3;
        to.DeclaredValue = from.DeclaredValue?.Amount;
        to.DeclaredCurrency = Clip(from.DeclaredValue?.Currency, 3);
        to.CustomsValue = from.CustomsValue?.Amount;
        to.CustomsCurrency = Clip(from.CustomsValue?.Currency, 3);
        to.FreightTerms = Clip(from.FreightTerms, 12);
        to.PaymentMethod = Clip(from.PaymentMethod, 24);
        to.SpecialHandling = Clip(string.Join(' ', from.SpecialHandling), 200) ?? "";
        to.Remarks = Clip(string.Join('\n', from.Remarks), CargoConsignment.TextMaxLength);
    }

    public static ConsignmentParty Party(Guid consignmentId, Guid partyId, CargoParty from) => new()
    {
        Id = Guid.CreateVersion7(),
        ConsignmentId = consignmentId,
        PartyId = partyId,
        Role = Clip(from.Role, 12) ?? "other",
        Name = Clip(from.Name, TradeParty.NameMaxLength) ?? "",
        Street = Clip(from.Address?.Street, 300),
        City = Clip(from.Address?.City, 100),
        PostalCode = Clip(from.Address?.PostalCode, 20),
        Country = Clip(from.Address?.Country, 3),
        Identifiers = Clip(string.Join(' ', from.Identifiers.Select(i => i.Scheme + ":" + i.Value)), 300) ?? "",
        Phone = Clip(from.Phone, 40),
        Email = Clip(from.Email, 200),
    };

    public static CargoGoodsItem Goods(Guid consignmentId, GoodsItem from, int sequence) => new()
    {
        Id = Guid.CreateVersion7(),
        ConsignmentId = consignmentId,
        Sequence = from.Sequence ?? sequence,
        Description = Clip(from.Description, CargoGoodsItem.DescriptionMaxLength),
        HsCode = Clip(from.HsCode, 12),
        Packages = from.Packages,
        PackageType = Clip(from.PackageType, 10),
        GrossWeightKg = from.GrossWeightKg,
        VolumeM3 = from.VolumeM3,
        Value = from.Value?.Amount,
        Currency = Clip(from.Value?.Currency, 3),
        Marks = Clip(from.Marks, 500),
        Containers = Clip(string.Join(' ', from.Containers), 500) ?? "",
        UnNumber = Clip(from.DangerousGoodsUnNumber, 8),
    };

    private static string? Place(string? code) => Clip(code, CargoConsignment.PlaceMaxLength);

    private static string? Clip(string? text, int length) => CargoDataApplier.Clip(text, length);
}
