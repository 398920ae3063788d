using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portcullis.Domain.Cargo;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.Reference;
using Portcullis.Domain.Targeting;

namespace Portcullis.Data.Configurations;

internal sealed class RiskProfileConfiguration : IEntityTypeConfiguration<RiskProfile>
{
    public void Configure(EntityTypeBuilder<RiskProfile> builder)
    {
        builder.ToTable("risk_profiles");
        builder.Property(p => p.Unit).HasMaxLength(UnitCode.MaxLength);
        builder.Property(p => p.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(p => p.SubjectKind).HasMaxLength(24);
        builder.Property(p => p.Name).HasMaxLength(RiskProfile.NameMaxLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.HasMany(p => p.Versions).WithOne(v => v.Profile).HasForeignKey(v => v.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.Unit, p.Name }).IsUnique();
    }
}

internal sealed class RiskProfileVersionConfiguration : IEntityTypeConfiguration<RiskProfileVersion>
{
    public void Configure(EntityTypeBuilder<RiskProfileVersion> builder)
    {
        builder.ToTable("risk_profile_versions");
        builder.Property(v => v.Unit).HasMaxLength(UnitCode.MaxLength);
        builder.Property(v => v.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(v => v.Text).HasMaxLength(RiskProfileVersion.TextMaxLength);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(v => v.Name).HasMaxLength(RiskProfile.NameMaxLength);
        builder.Property(v => v.Rationale).HasMaxLength(RiskProfileVersion.RationaleMaxLength);
        builder.Property(v => v.Owner).HasMaxLength(UnitCode.MaxLength * 2);
        builder.Property(v => v.HitCapPeriod).HasMaxLength(8);
        builder.Property(v => v.Author).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.Property(v => v.SubmittedBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.Property(v => v.ApprovedBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.Property(v => v.ChangedBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.Property(v => v.Note).HasMaxLength(RiskProfileVersion.NoteMaxLength);
        builder.HasIndex(v => new { v.ProfileId, v.Number }).IsUnique();

        // What targeting loads for a message: the versions of the flight's units that run.
        builder.HasIndex(v => new { v.Unit, v.Status });
    }
}

internal sealed class ProfileHitConfiguration : IEntityTypeConfiguration<ProfileHit>
{
    public void Configure(EntityTypeBuilder<ProfileHit> builder)
    {
        builder.ToTable("profile_hits");
        builder.Property(h => h.Unit).HasMaxLength(UnitCode.MaxLength);
        builder.Property(h => h.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.HasOne(h => h.Version).WithMany().HasForeignKey(h => h.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RiskProfile>().WithMany().HasForeignKey(h => h.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FlightTraveller>().WithMany().HasForeignKey(h => h.TravellerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Flight>().WithMany().HasForeignKey(h => h.FlightId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Target>().WithMany().HasForeignKey(h => h.TargetId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<CargoConsignment>().WithMany().HasForeignKey(h => h.ConsignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CargoVoyage>().WithMany().HasForeignKey(h => h.VoyageId).OnDelete(DeleteBehavior.Restrict);

        // One hit per version and subject, however often the subject's data is resent (a null subject never clashes).
        builder.HasIndex(h => new { h.VersionId, h.TravellerId }).IsUnique();
        builder.HasIndex(h => new { h.VersionId, h.ConsignmentId }).IsUnique();
        builder.HasIndex(h => h.TravellerId);
        builder.HasIndex(h => h.ConsignmentId);
        builder.HasIndex(h => h.TargetId);
        builder.HasIndex(h => new { h.VersionId, h.CreatedAt });
    }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.ToTable("targets");
        builder.Property(t => t.Unit).HasMaxLength(UnitCode.MaxLength);
        builder.Property(t => t.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(t => t.SubjectKind).HasMaxLength(24);
        builder.Property(t => t.SubjectName).HasMaxLength(Target.NameMaxLength);
        builder.Property(t => t.Lane).HasConversion<string>().HasMaxLength(8);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(t => t.DismissReason).HasConversion<string>().HasMaxLength(24);
        builder.Property(t => t.Result).HasConversion<string>().HasMaxLength(12);
        builder.Property(t => t.TakenBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.Property(t => t.DecidedBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.Property(t => t.ResultBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.Property(t => t.DecisionNote).HasMaxLength(Target.NoteMaxLength);
        builder.Property(t => t.Findings).HasMaxLength(Target.NoteMaxLength);
        builder.HasOne<FlightTraveller>().WithMany().HasForeignKey(t => t.TravellerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Flight>().WithMany().HasForeignKey(t => t.FlightId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CargoConsignment>().WithMany().HasForeignKey(t => t.ConsignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CargoVoyage>().WithMany().HasForeignKey(t => t.VoyageId).OnDelete(DeleteBehavior.Restrict);

        // One target per unit and subject; the queue reads a unit's open targets.
        builder.HasIndex(t => new { t.Unit, t.TravellerId }).IsUnique();
        builder.HasIndex(t => new { t.Unit, t.ConsignmentId }).IsUnique();
        builder.HasIndex(t => t.VoyageId);
        builder.HasIndex(t => new { t.Unit, t.Status, t.Lane, t.Score });
        builder.HasIndex(t => t.FlightId);
    }
}

internal sealed class TargetingSettingsConfiguration : IEntityTypeConfiguration<TargetingSettings>
{
    public void Configure(EntityTypeBuilder<TargetingSettings> builder)
    {
        builder.ToTable("targeting_settings");
        builder.HasKey(s => s.Unit);
        builder.Property(s => s.Unit).HasMaxLength(UnitCode.MaxLength);
        builder.Property(s => s.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(s => s.RandomPercent).HasPrecision(5, 2);
        builder.Property(s => s.UpdatedBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
    }
}

internal sealed class ReferenceListConfiguration : IEntityTypeConfiguration<ReferenceList>
{
    public void Configure(EntityTypeBuilder<ReferenceList> builder)
    {
        builder.ToTable("reference_lists");
        builder.Property(l => l.Unit).HasMaxLength(UnitCode.MaxLength);
        builder.Property(l => l.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(l => l.Name).HasMaxLength(ReferenceList.NameMaxLength);
        builder.Property(l => l.Values).HasMaxLength(ReferenceList.ValuesMaxLength);
        builder.Property(l => l.UpdatedBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.HasIndex(l => new { l.Unit, l.Name }).IsUnique();
    }
}
