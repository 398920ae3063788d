using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portcullis.Data.People;
using Portcullis.Domain.Reference;

namespace Portcullis.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.Property(p => p.UserName).HasMaxLength(Person.UserNameMaxLength);
        builder.Property(p => p.NormalizedUserName).HasMaxLength(Person.UserNameMaxLength);
        builder.Property(p => p.DisplayName).HasMaxLength(Person.DisplayNameMaxLength).IsRequired();
        builder.Property(p => p.UnitCode).HasMaxLength(UnitCode.MaxLength);
        builder.Property(p => p.JurisdictionCode).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(p => p.Language).HasMaxLength(Person.LanguageMaxLength).IsRequired();
        builder.HasIndex(p => p.UnitCode);
        builder.HasIndex(p => p.JurisdictionCode);
    }
}
