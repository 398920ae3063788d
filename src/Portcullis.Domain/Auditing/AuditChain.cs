using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Portcullis.Domain.Auditing;

/// <summary>
/// The hash chain of the audit log: each entry's hash is SHA-256 over the previous entry's hash and
/// a canonical JSON array of the entry's fields in a fixed order. The first entry follows
/// <see cref="GenesisHash"/>. Anyone holding the log can recompute the chain with this rule alone.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of entry 1.</summary>
    public static readonly string GenesisHash = new('0', AuditEntry.HashLength);

    /// <summary>Makes the next entry of the chain from an event.</summary>
    public static AuditEntry Seal(AuditEvent audited, long sequence, string previousHash, DateTimeOffset occurredAt)
    {
        var at = TruncateToMicroseconds(occurredAt.ToUniversalTime());
        var entry = new AuditEntry
        {
            Sequence = sequence,
            OccurredAt = at,
            Action = audited.Action,
            ActorId = audited.ActorId,
            ActorName = audited.ActorName,
            ActorUnit = audited.ActorUnit,
            Jurisdiction = audited.Jurisdiction,
            SubjectType = audited.SubjectType,
            SubjectId = audited.SubjectId,
            Details = audited.Details,
            RemoteAddress = audited.RemoteAddress,
            PreviousHash = previousHash,
            Hash = string.Empty,
        };
        return entry with { Hash = ComputeHash(entry) };
    }

    /// <summary>The hash an entry should carry, recomputed from its fields and its previous hash.</summary>
    public static string ComputeHash(AuditEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        buffer.Write(Encoding.ASCII.GetBytes(entry.PreviousHash));
        buffer.Write("\n"u8);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(entry.Sequence);
            json.WriteStringValue(entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteStringValue(entry.Action);
            WriteNullable(json, entry.ActorId?.ToString("D"));
            json.WriteStringValue(entry.ActorName);
            WriteNullable(json, entry.ActorUnit);
            WriteNullable(json, entry.Jurisdiction);
            WriteNullable(json, entry.SubjectType);
            WriteNullable(json, entry.SubjectId);
            WriteNullable(json, entry.Details);
            WriteNullable(json, entry.RemoteAddress);
            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>PostgreSQL keeps microseconds; .NET ticks are tenths of them. Hash what every store keeps.</summary>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset value) =>
        new(value.Ticks - (value.Ticks % 10), value.Offset);

    private static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}
