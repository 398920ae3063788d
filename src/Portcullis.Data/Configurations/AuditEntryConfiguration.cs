using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Reference;

namespace Portcullis.Data.Configurations;

/// <summary>
/// The audit log. The sequence is the key and is assigned by the chain, not the database, so a gap
/// is evidence of a removal. The migrations add triggers that refuse UPDATE and DELETE.
/// </summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.NameMaxLength);
        builder.Property(e => e.ActorUnit).HasMaxLength(UnitCode.MaxLength);
        builder.Property(e => e.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(e => e.SubjectType).HasMaxLength(AuditEntry.SubjectTypeMaxLength);
        builder.Property(e => e.SubjectId).HasMaxLength(AuditEntry.SubjectIdMaxLength);
        builder.Property(e => e.RemoteAddress).HasMaxLength(AuditEntry.AddressMaxLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(AuditEntry.HashLength).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(AuditEntry.HashLength).IsFixedLength();
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.Jurisdiction, e.OccurredAt });
        builder.HasIndex(e => e.ActorId);
        builder.HasIndex(e => new { e.SubjectType, e.SubjectId });
        builder.HasIndex(e => e.Action);
    }
}
