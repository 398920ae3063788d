using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portcullis.Data.Conventions;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as microseconds since 1970-01-01 UTC (SQLite only), and
/// reads it back in UTC. Sorts and compares in SQL, and keeps the precision PostgreSQL keeps, so the
/// two providers return the same value for the same write.
/// </summary>
internal sealed class UtcMicrosecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerMicrosecond,
    stored => new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + (stored * TicksPerMicrosecond), TimeSpan.Zero))
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMicrosecond;
}
