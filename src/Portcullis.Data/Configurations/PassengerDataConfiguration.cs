using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.Reference;

namespace Portcullis.Data.Configurations;

internal sealed class ReceivedMessageConfiguration : IEntityTypeConfiguration<ReceivedMessage>
{
    public void Configure(EntityTypeBuilder<ReceivedMessage> builder)
    {
        builder.ToTable("received_messages");
        builder.Property(m => m.Sender).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.Property(m => m.FileName).HasMaxLength(ReceivedMessage.FileNameMaxLength);
        builder.Property(m => m.Sha256).HasMaxLength(ReceivedMessage.HashLength).IsFixedLength();
        builder.Property(m => m.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(m => m.Format).HasMaxLength(10);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.Summary).HasMaxLength(300);
        builder.HasIndex(m => m.Sha256);
        builder.HasIndex(m => m.ReceivedAt);
        builder.HasIndex(m => new { m.Status, m.ReceivedAt });
    }
}

internal sealed class FlightConfiguration : IEntityTypeConfiguration<Flight>
{
    public void Configure(EntityTypeBuilder<Flight> builder)
    {
        builder.ToTable("flights");
        builder.Property(f => f.Carrier).HasMaxLength(Flight.CarrierMaxLength);
        builder.Property(f => f.Number).HasMaxLength(Flight.NumberMaxLength);
        builder.Property(f => f.DepartureAirport).HasMaxLength(Flight.AirportMaxLength);
        builder.Property(f => f.ArrivalAirport).HasMaxLength(Flight.AirportMaxLength);
        builder.Property(f => f.DepartureLocation).HasMaxLength(40);
        builder.Property(f => f.ArrivalLocation).HasMaxLength(40);
        builder.Property(f => f.DepartureJurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(f => f.ArrivalJurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Ignore(f => f.Designator);
        builder.HasIndex(f => new { f.Carrier, f.Number, f.DepartureDate }).IsUnique();
        builder.HasIndex(f => f.DepartureDate);
        builder.HasIndex(f => new { f.ArrivalLocation, f.DepartureDate });
        builder.HasIndex(f => new { f.DepartureLocation, f.DepartureDate });
    }
}

internal sealed class FlightTravellerConfiguration : IEntityTypeConfiguration<FlightTraveller>
{
    public void Configure(EntityTypeBuilder<FlightTraveller> builder)
    {
        builder.ToTable("flight_travellers");
        builder.Property(t => t.Key).HasMaxLength(FlightTraveller.KeyMaxLength);
        builder.Property(t => t.Role).HasMaxLength(24);
        builder.Property(t => t.Surname).HasMaxLength(FlightTraveller.NameMaxLength);
        builder.Property(t => t.GivenNames).HasMaxLength(FlightTraveller.NameMaxLength);
        builder.Property(t => t.Sex).HasMaxLength(3);
        builder.Property(t => t.Nationality).HasMaxLength(3);
        builder.Property(t => t.DocumentType).HasMaxLength(5);
        builder.Property(t => t.DocumentNumber).HasMaxLength(40);
        builder.Property(t => t.DocumentIssuingCountry).HasMaxLength(3);
        builder.Property(t => t.Embarkation).HasMaxLength(5);
        builder.Property(t => t.Debarkation).HasMaxLength(5);
        builder.Property(t => t.BookingReference).HasMaxLength(Booking.LocatorMaxLength);
        builder.Property(t => t.Seat).HasMaxLength(8);
        builder.HasOne(t => t.Flight).WithMany().HasForeignKey(t => t.FlightId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReceivedMessage>().WithMany().HasForeignKey(t => t.MessageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BookingPassenger>().WithMany().HasForeignKey(t => t.BookingPassengerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => new { t.FlightId, t.Key }).IsUnique();
        builder.HasIndex(t => t.DocumentNumber);
        builder.HasIndex(t => t.Surname);
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("bookings");
        builder.Property(b => b.RecordLocator).HasMaxLength(Booking.LocatorMaxLength);
        builder.Property(b => b.System).HasMaxLength(10);
        builder.Property(b => b.TripType).HasMaxLength(12);
        builder.HasOne(b => b.Flight).WithMany().HasForeignKey(b => b.FlightId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReceivedMessage>().WithMany().HasForeignKey(b => b.MessageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Passengers).WithOne(p => p.Booking).HasForeignKey(p => p.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.FlightId, b.RecordLocator }).IsUnique();
        builder.HasIndex(b => b.RecordLocator);
    }
}

internal sealed class BookingPassengerConfiguration : IEntityTypeConfiguration<BookingPassenger>
{
    public void Configure(EntityTypeBuilder<BookingPassenger> builder)
    {
        builder.ToTable("booking_passengers");
        builder.Property(p => p.Reference).HasMaxLength(10);
        builder.Property(p => p.Surname).HasMaxLength(FlightTraveller.NameMaxLength);
        builder.Property(p => p.GivenNames).HasMaxLength(FlightTraveller.NameMaxLength);
        builder.Property(p => p.Type).HasMaxLength(10);
        builder.Property(p => p.DocumentNumber).HasMaxLength(40);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength);
        builder.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength).IsFixedLength();
        builder.Property(k => k.SecretHash).HasMaxLength(64).IsFixedLength();
        builder.Property(k => k.Jurisdiction).HasMaxLength(JurisdictionCode.MaxLength);
        builder.Property(k => k.CreatedBy).HasMaxLength(ReceivedMessage.SenderMaxLength);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.HasIndex(k => k.Name).IsUnique();
    }
}
