using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Data.Scoping;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.Reference;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Passengers;

/// <summary>
/// Keys for machine senders. A key is "pcl_" + prefix + secret; only the prefix and a SHA-256 of the
/// whole key are stored, so a stolen database yields no usable key. The key is shown once.
/// </summary>
public static class ApiKeys
{
    public sealed record Created(Guid Id, string Name, string Jurisdiction, string Key);

    public sealed record Row(Guid Id, string Name, string Prefix, string Jurisdiction, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

    private const string Scheme = "pcl_";

    public sealed class Handler(PortcullisDbContext db, TimeProvider time)
    {
        public async Task<Outcome<Created>> CreateAsync(string name, string jurisdiction, CancellationToken cancellationToken)
        {
            if (db.Scope.Level != ScopeLevel.Everything)
            {
                return Outcome<Created>.Forbidden("Only an administrator or the command line makes API keys.");
            }

            name = name.Trim();
            if (name.Length is 0 or > ApiKey.NameMaxLength)
            {
                return Outcome<Created>.Invalid("name", "name", $"Give the sender a name of 1 to {ApiKey.NameMaxLength} characters.");
            }

            if (ReferenceCatalog.Default.Jurisdictions.FirstOrDefault(j => string.Equals(j.Code.Value, jurisdiction.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } receiving)
            {
                return Outcome<Created>.Invalid("jurisdiction", "jurisdiction", $"'{jurisdiction}' is not a jurisdiction of the programme (AL, BA, XK, ME, MK, RS).");
            }

            if (await db.ApiKeys.IgnoreQueryFilters().AnyAsync(k => k.Name == name, cancellationToken))
            {
                return Outcome<Created>.Invalid("name", "taken", $"A key named '{name}' exists; revoke it or choose another name.");
            }

            var prefix = Random(ApiKey.PrefixLength);
            var key = Scheme + prefix + Random(32);
            var row = new ApiKey
            {
                Id = Guid.CreateVersion7(),
                Name = name,
                Prefix = prefix,
                SecretHash = Hash(key),
                Jurisdiction = receiving.Code.Value,
                CreatedAt = time.GetUtcNow(),
                CreatedBy = db.Scope.ActorName,
            };
            db.ApiKeys.Add(row);
            db.Audit(AuditEvents.By(db.Scope, AuditActions.ApiKeyCreated, "api-key", row.Id.ToString("D"), row.Jurisdiction, JsonSerializer.Serialize(new { name, prefix })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Created>.Ok(new Created(row.Id, name, row.Jurisdiction, key));
        }

        public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken cancellationToken) =>
            await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name)
                .Select(k => new Row(k.Id, k.Name, k.Prefix, k.Jurisdiction, k.CreatedAt, k.CreatedBy, k.RevokedAt, k.LastUsedAt))
                .ToListAsync(cancellationToken);

        public async Task<Outcome<Row>> RevokeAsync(string name, CancellationToken cancellationToken)
        {
            if (db.Scope.Level != ScopeLevel.Everything)
            {
                return Outcome<Row>.Forbidden("Only an administrator or the command line revokes API keys.");
            }

            var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Name == name, cancellationToken);
            if (key is null)
            {
                return Outcome<Row>.NotFound();
            }

            key.RevokedAt ??= time.GetUtcNow();
            db.Audit(AuditEvents.By(db.Scope, AuditActions.ApiKeyRevoked, "api-key", key.Id.ToString("D"), key.Jurisdiction, JsonSerializer.Serialize(new { name })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Row>.Ok(new Row(key.Id, key.Name, key.Prefix, key.Jurisdiction, key.CreatedAt, key.CreatedBy, key.RevokedAt, key.LastUsedAt));
        }

        /// <summary>The scope a presented key grants, or null. Runs before anyone is known, so it looks past the scope filter.</summary>
        public async Task<AccessScope?> AuthenticateAsync(string? presented, CancellationToken cancellationToken)
        {
            if (presented is null || !presented.StartsWith(Scheme, StringComparison.Ordinal) || presented.Length < Scheme.Length + ApiKey.PrefixLength + 16)
            {
                return null;
            }

            var prefix = presented.Substring(Scheme.Length, ApiKey.PrefixLength);
            var key = await db.ApiKeys.IgnoreQueryFilters().FirstOrDefaultAsync(k => k.Prefix == prefix && k.RevokedAt == null, cancellationToken);
            if (key is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(key.SecretHash)))
            {
                return null;
            }

            var now = time.GetUtcNow();
            if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
            {
                key.LastUsedAt = now;
                await db.SaveChangesAsync(cancellationToken);
            }

            return new AccessScope(ScopeLevel.Jurisdiction, null, "api:" + key.Name, null, new JurisdictionCode(key.Jurisdiction), new HashSet<Domain.People.Role>());
        }
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Random(int length)
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyz23456789";
        return RandomNumberGenerator.GetString(alphabet, length);
    }
}
