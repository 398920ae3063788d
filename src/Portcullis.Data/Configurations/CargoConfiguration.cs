using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portcullis.Domain.Cargo;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.Reference;

namespace Portcullis.Data.Configurations;

internal sealed class CargoVoyageConfiguration : IEntityTypeConfiguration<CargoVoyage>
{
    public void Configure(EntityTypeBuilder<CargoVoyage> builder)
    {
        builder.ToTable("cargo_voyages");
        builder.Property(v => v.Key).HasMaxLength(CargoVoyage.KeyMaxLength);
        builder.Property(v => v.Mode).HasMaxLength(4);
        builder.Property(v => v.Carrier).HasMaxLength(CargoVoyage.CodeMaxLength);
        builder.Property(v => v.CarrierName).HasMaxLength(CargoVoyage.NameMaxLength);
        builder.Property(v => v.Number).HasMaxLength(CargoVoyage.CodeMaxLength);
        builder.Property(v => v.VesselName).HasMaxLength(CargoVoyage.NameMaxLength);
        builder.Property(v => v.ImoNumber).HasMaxLength(CargoVoyage.CodeMaxLength);
        builder.Property(v => v.CallSign).HasMaxLength(CargoVoyage.CodeMaxLength);
        builder.Property(v => v.Port).HasMaxLength(CargoConsignment.PlaceMaxLength);
        builder.Property(v => v.From).HasMaxLength(CargoConsignment.PlaceMaxLength);
        builder.Property(v => v.To).HasMaxLength(CargoConsignment.PlaceMaxLength);
        builder.Property(v => v.Location).HasMaxLength(40);
        builder.Property(v => v.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Ignore(v => v.IsSea);
        builder.HasIndex(v => v.Key).IsUnique();
        builder.HasIndex(v => new { v.Location, v.Date });
    }
}

internal sealed class CargoConsignmentConfiguration : IEntityTypeConfiguration<CargoConsignment>
{
    public void Configure(EntityTypeBuilder<CargoConsignment> builder)
    {
        builder.ToTable("cargo_consignments");
        builder.Property(c => c.Kind).HasMaxLength(24);
        builder.Property(c => c.Number).HasMaxLength(CargoConsignment.NumberMaxLength);
        builder.Property(c => c.MasterNumber).HasMaxLength(CargoConsignment.NumberMaxLength);
        foreach (var place in new[] { nameof(CargoConsignment.Origin), nameof(CargoConsignment.PortOfLoading), nameof(CargoConsignment.PortOfDischarge), nameof(CargoConsignment.PlaceOfDelivery), nameof(CargoConsignment.Destination) })
        {
            builder.Property(place).HasMaxLength(CargoConsignment.PlaceMaxLength);
        }

        builder.Property(c => c.Transshipments).HasMaxLength(200);
        builder.Property(c => c.DeclaredValue).HasPrecision(18, 2);
        builder.Property(c => c.CustomsValue).HasPrecision(18, 2);
        builder.Property(c => c.GrossWeightKg).HasPrecision(18, 3);
        builder.Property(c => c.VolumeM3).HasPrecision(18, 3);
        builder.Property(c => c.DeclaredCurrency).HasMaxLength(3);
        builder.Property(c => c.CustomsCurrency).HasMaxLength(3);
        builder.Property(c => c.FreightTerms).HasMaxLength(12);
        builder.Property(c => c.PaymentMethod).HasMaxLength(24);
        builder.Property(c => c.SpecialHandling).HasMaxLength(200);
        builder.Property(c => c.Remarks).HasMaxLength(CargoConsignment.TextMaxLength);
        builder.Property(c => c.Location).HasMaxLength(40);
        builder.Property(c => c.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Ignore(c => c.TransshipmentList);
        builder.HasOne(c => c.Voyage).WithMany().HasForeignKey(c => c.VoyageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CargoConsignment>().WithMany().HasForeignKey(c => c.MasterId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ReceivedMessage>().WithMany().HasForeignKey(c => c.FirstMessageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReceivedMessage>().WithMany().HasForeignKey(c => c.LastMessageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Goods).WithOne().HasForeignKey(g => g.ConsignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Parties).WithOne(p => p.Consignment).HasForeignKey(p => p.ConsignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Movements).WithOne(m => m.Consignment).HasForeignKey(m => m.ConsignmentId).OnDelete(DeleteBehavior.Cascade);

        // One consignment per voyage and document number; houses find their master by number.
        builder.HasIndex(c => new { c.VoyageId, c.Number }).IsUnique();
        builder.HasIndex(c => c.Number);
        builder.HasIndex(c => c.MasterNumber);
    }
}

internal sealed class CargoGoodsItemConfiguration : IEntityTypeConfiguration<CargoGoodsItem>
{
    public void Configure(EntityTypeBuilder<CargoGoodsItem> builder)
    {
        builder.ToTable("cargo_goods");
        builder.Property(g => g.Description).HasMaxLength(CargoGoodsItem.DescriptionMaxLength);
        builder.Property(g => g.HsCode).HasMaxLength(12);
        builder.Property(g => g.PackageType).HasMaxLength(10);
        builder.Property(g => g.GrossWeightKg).HasPrecision(18, 3);
        builder.Property(g => g.VolumeM3).HasPrecision(18, 3);
        builder.Property(g => g.Value).HasPrecision(18, 2);
        builder.Property(g => g.Currency).HasMaxLength(3);
        builder.Property(g => g.Marks).HasMaxLength(500);
        builder.Property(g => g.Containers).HasMaxLength(500);
        builder.Property(g => g.UnNumber).HasMaxLength(8);
    }
}

internal sealed class TradePartyConfiguration : IEntityTypeConfiguration<TradeParty>
{
    public void Configure(EntityTypeBuilder<TradeParty> builder)
    {
        builder.ToTable("trade_parties");
        builder.Property(p => p.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(p => p.Key).HasMaxLength(TradeParty.KeyMaxLength);
        builder.Property(p => p.Name).HasMaxLength(TradeParty.NameMaxLength);
        builder.Property(p => p.Country).HasMaxLength(3);
        builder.Property(p => p.Kind).HasMaxLength(12);
        builder.Property(p => p.Identifier).HasMaxLength(100);
        builder.HasIndex(p => new { p.Jurisdiction, p.Key }).IsUnique();
    }
}

internal sealed class ConsignmentPartyConfiguration : IEntityTypeConfiguration<ConsignmentParty>
{
    public void Configure(EntityTypeBuilder<ConsignmentParty> builder)
    {
        builder.ToTable("consignment_parties");
        builder.Property(p => p.Role).HasMaxLength(12);
        builder.Property(p => p.Name).HasMaxLength(TradeParty.NameMaxLength);
        builder.Property(p => p.Street).HasMaxLength(300);
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.PostalCode).HasMaxLength(20);
        builder.Property(p => p.Country).HasMaxLength(3);
        builder.Property(p => p.Identifiers).HasMaxLength(300);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.HasOne(p => p.Party).WithMany().HasForeignKey(p => p.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PartyId);
    }
}

internal sealed class CargoContainerConfiguration : IEntityTypeConfiguration<CargoContainer>
{
    public void Configure(EntityTypeBuilder<CargoContainer> builder)
    {
        builder.ToTable("cargo_containers");
        builder.Property(c => c.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(c => c.Number).HasMaxLength(CargoContainer.NumberMaxLength);
        builder.Property(c => c.SizeType).HasMaxLength(8);
        builder.HasIndex(c => new { c.Jurisdiction, c.Number }).IsUnique();
    }
}

internal sealed class ContainerMovementConfiguration : IEntityTypeConfiguration<ContainerMovement>
{
    public void Configure(EntityTypeBuilder<ContainerMovement> builder)
    {
        builder.ToTable("container_movements");
        builder.Property(m => m.Loading).HasMaxLength(8);
        builder.Property(m => m.Seals).HasMaxLength(300);
        builder.HasOne(m => m.Container).WithMany().HasForeignKey(m => m.ContainerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CargoVoyage>().WithMany().HasForeignKey(m => m.VoyageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ContainerId, m.ConsignmentId }).IsUnique();
    }
}

internal sealed class CargoHitConfiguration : IEntityTypeConfiguration<CargoHit>
{
    public void Configure(EntityTypeBuilder<CargoHit> builder)
    {
        builder.ToTable("cargo_hits");
        builder.Property(h => h.Subject).HasMaxLength(12);
        builder.Property(h => h.Role).HasMaxLength(12);
        builder.Property(h => h.ScreenedText).HasMaxLength(TradeParty.NameMaxLength);
        builder.Property(h => h.EntryExternalId).HasMaxLength(100);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(12);
        builder.HasOne(h => h.Consignment).WithMany().HasForeignKey(h => h.ConsignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(h => h.Watchlist).WithMany().HasForeignKey(h => h.WatchlistId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TradeParty>().WithMany().HasForeignKey(h => h.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CargoContainer>().WithMany().HasForeignKey(h => h.ContainerId).OnDelete(DeleteBehavior.Restrict);

        // One hit per consignment and list entry, however often the manifest is resent.
        builder.HasIndex(h => new { h.ConsignmentId, h.WatchlistId, h.EntryExternalId }).IsUnique();
    }
}
