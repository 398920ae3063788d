using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Targeting;

/// <summary>
/// A unit's profiles as text files, for exchange with other units and for version control: of each
/// profile the version in force (or, with none, the latest), named after the profile; and the unit's
/// reference lists as NAME.txt. Importing them elsewhere makes drafts that go through that unit's
/// own approval. Audited.
/// </summary>
public static class ExportProfiles
{
    public sealed record Query(string? Unit = null);

    public sealed record ProfileFile(string FileName, string Name, int Version, ProfileStatus Status, string Text);

    public sealed record ListFile(string FileName, string Values);

    public sealed record Result(IReadOnlyList<ProfileFile> Profiles, IReadOnlyList<ListFile> Lists);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayWrite(db.Scope))
            {
                return Outcome<Result>.Forbidden("Profiles are exported by the unit's targeters and head.");
            }

            if (ProfileAccess.UnitOf(db.Scope, query.Unit) is not { } unit)
            {
                return ProfileAccess.NoUnit<Result>();
            }

            var code = unit.Code.Value;
            var versions = await db.RiskProfileVersions.AsNoTracking().Where(v => v.Unit == code).ToListAsync(cancellationToken);
            var chosen = versions
                .GroupBy(v => v.ProfileId)
                .Select(g => g.Where(v => v.Status is ProfileStatus.Active or ProfileStatus.Approved or ProfileStatus.Suspended).MaxBy(v => v.Number) ?? g.MaxBy(v => v.Number)!)
                .OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var profiles = chosen.Select(v => new ProfileFile(Unique(FileNameOf(v.Name), used, ".profile"), v.Name, v.Number, v.Status, v.Text)).ToList();
            var lists = await db.ReferenceLists.AsNoTracking().Where(l => l.Unit == code).OrderBy(l => l.Name)
                .Select(l => new ListFile(l.Name + ".txt", l.Values))
                .ToListAsync(cancellationToken);
            db.Audit(AuditEvents.By(db.Scope, AuditActions.ProfileExported, "unit", code, unit.Jurisdiction.Value,
                JsonSerializer.Serialize(new { profiles = profiles.Count, lists = lists.Count })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(profiles, lists));
        }

        /// <summary>The name in lower-case ASCII letters, digits and hyphens: safe on every file system.</summary>
        private static string FileNameOf(string name)
        {
            var slug = new StringBuilder();
            foreach (var c in Matching.Text.LatinFolding.Fold(name).ToLowerInvariant())
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    slug.Append(c);
                }
                else if (slug.Length > 0 && slug[^1] != '-')
                {
                    slug.Append('-');
                }
            }

            var text = slug.ToString().Trim('-');
            return text.Length == 0 ? "profile" : text.Length <= 80 ? text : text[..80];
        }

        private static string Unique(string stem, HashSet<string> used, string extension)
        {
            var name = stem + extension;
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{stem}-{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}{extension}";
            }

            return name;
        }
    }
}
