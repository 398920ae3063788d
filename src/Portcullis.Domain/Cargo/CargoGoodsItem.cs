namespace Portcullis.Domain.Cargo;

/// <summary>One line of goods on a consignment, as declared.</summary>
public sealed class CargoGoodsItem
{
    public const int DescriptionMaxLength = 1000;

    public Guid Id { get; set; }

    public Guid ConsignmentId { get; set; }

    public int Sequence { get; set; }

    public string? Description { get; set; }

    /// <summary>Digits only, 6 to 10, as declared (not necessarily in the nomenclature).</summary>
    public string? HsCode { get; set; }

    public int? Packages { get; set; }

    public string? PackageType { get; set; }

    public decimal? GrossWeightKg { get; set; }

    public decimal? VolumeM3 { get; set; }

    public decimal? Value { get; set; }

    public string? Currency { get; set; }

    public string? Marks { get; set; }

    /// <summary>Container numbers the goods are stowed in, space-separated.</summary>
    public string Containers { get; set; } = "";

    public string? UnNumber { get; set; }
}
