using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.Reference;
using Portcullis.Domain.Watchlists;

namespace Portcullis.Data.Configurations;

internal sealed class WatchlistConfiguration : IEntityTypeConfiguration<Watchlist>
{
    public void Configure(EntityTypeBuilder<Watchlist> builder)
    {
        builder.ToTable("watchlists");
        builder.Property(w => w.Name).HasMaxLength(Watchlist.NameMaxLength);
        builder.Property(w => w.Subject).HasConversion<string>().HasMaxLength(24);
        builder.Property(w => w.Severity).HasConversion<string>().HasMaxLength(12);
        builder.Property(w => w.OwnerJurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(w => w.OwnerUnit).HasMaxLength(UnitCode.MaxLength);
        builder.Property(w => w.Description).HasMaxLength(Watchlist.DescriptionMaxLength);
        builder.Property(w => w.CreatedBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.HasMany(w => w.SharedWith).WithOne().HasForeignKey(s => s.WatchlistId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.OwnerJurisdiction, w.Name }).IsUnique();
    }
}

internal sealed class WatchlistShareConfiguration : IEntityTypeConfiguration<WatchlistShare>
{
    public void Configure(EntityTypeBuilder<WatchlistShare> builder)
    {
        builder.ToTable("watchlist_shares");
        builder.HasKey(s => new { s.WatchlistId, s.Jurisdiction });
        builder.Property(s => s.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.HasIndex(s => s.Jurisdiction);
    }
}

internal sealed class WatchlistVersionConfiguration : IEntityTypeConfiguration<WatchlistVersion>
{
    public void Configure(EntityTypeBuilder<WatchlistVersion> builder)
    {
        builder.ToTable("watchlist_versions");
        builder.Property(v => v.ImportedBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.Property(v => v.FileName).HasMaxLength(WatchlistVersion.FileNameMaxLength);
        builder.Property(v => v.Sha256).HasMaxLength(ReceivedMessage.HashLength).IsFixedLength();
        builder.Property(v => v.Format).HasMaxLength(24);
        builder.HasOne(v => v.Watchlist).WithMany().HasForeignKey(v => v.WatchlistId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.WatchlistId, v.Number }).IsUnique();
    }
}

internal sealed class WatchlistEntryRowConfiguration : IEntityTypeConfiguration<WatchlistEntryRow>
{
    public void Configure(EntityTypeBuilder<WatchlistEntryRow> builder)
    {
        builder.ToTable("watchlist_entries");
        builder.Property(e => e.ExternalId).HasMaxLength(WatchlistEntryRow.ExternalIdMaxLength);
        builder.Property(e => e.Kind).HasMaxLength(16);
        builder.Property(e => e.PrimaryName).HasMaxLength(WatchlistEntryRow.NameMaxLength);
        builder.Property(e => e.Sex).HasMaxLength(1);
        builder.Property(e => e.ContentHash).HasMaxLength(ReceivedMessage.HashLength).IsFixedLength();
        builder.HasOne(e => e.Watchlist).WithMany().HasForeignKey(e => e.WatchlistId).OnDelete(DeleteBehavior.Cascade);

        // The current rows of a list (ToVersion null), and one external id's history.
        builder.HasIndex(e => new { e.WatchlistId, e.ToVersion });
        builder.HasIndex(e => new { e.WatchlistId, e.ExternalId, e.FromVersion }).IsUnique();
        builder.HasIndex(e => new { e.WatchlistId, e.FromVersion });
    }
}

internal sealed class ScreeningHitConfiguration : IEntityTypeConfiguration<ScreeningHit>
{
    public void Configure(EntityTypeBuilder<ScreeningHit> builder)
    {
        builder.ToTable("screening_hits");
        builder.Property(h => h.EntryExternalId).HasMaxLength(WatchlistEntryRow.ExternalIdMaxLength);
        builder.Property(h => h.ScreenedName).HasMaxLength(FlightTraveller.NameMaxLength * 2);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(h => h.ReviewedBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.HasOne(h => h.Traveller).WithMany().HasForeignKey(h => h.TravellerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(h => h.Flight).WithMany().HasForeignKey(h => h.FlightId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.Watchlist).WithMany().HasForeignKey(h => h.WatchlistId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.EntryRow).WithMany().HasForeignKey(h => h.EntryRowId).OnDelete(DeleteBehavior.Restrict);

        // The same traveller, list and entry raise one hit, whichever version or resend finds it again.
        builder.HasIndex(h => new { h.TravellerId, h.WatchlistId, h.EntryExternalId }).IsUnique();
        builder.HasIndex(h => new { h.FlightId, h.CreatedAt });
        builder.HasIndex(h => h.CreatedAt);
    }
}
