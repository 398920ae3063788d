using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;
using Portcullis.Profiles;

namespace Portcullis.Features.Targeting;

/// <summary>
/// Writes a profile's text as a new draft version: of the profile named <see cref="Command.ProfileId"/>,
/// or of the unit's profile with the same name, or as a new profile. Refused with line:column errors
/// unless it checks against the catalogue and the unit's lists. Versions are never changed afterwards.
/// </summary>
public static class SaveProfile
{
    /// <param name="Unit">Only on the command line: the unit the profile belongs to.</param>
    public sealed record Command(string Text, Guid? ProfileId = null, string? Unit = null);

    /// <param name="Unchanged">The text was the latest version's already: no version was added.</param>
    public sealed record Result(Guid ProfileId, Guid VersionId, int Version, string Name, bool Created, bool Unchanged = false);

    public sealed class Handler(PortcullisDbContext db, TimeProvider time)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayWrite(db.Scope))
            {
                return Outcome<Result>.Forbidden("Profiles are written by the unit's targeters and head.");
            }

            if (ProfileAccess.UnitOf(db.Scope, command.Unit) is not { } unit)
            {
                return ProfileAccess.NoUnit<Result>();
            }

            if (string.IsNullOrWhiteSpace(command.Text) || command.Text.Length > RiskProfileVersion.TextMaxLength)
            {
                return Outcome<Result>.Invalid("text", "length", $"a profile is 1 to {RiskProfileVersion.TextMaxLength} characters of text");
            }

            var lists = await UnitReferenceLists.LoadAsync(db, unit.Code.Value, cancellationToken);
            var check = ProfileSubjects.Check(command.Text, lists);
            if (!check.Succeeded)
            {
                return Outcome<Result>.Invalid(ProfileSubjects.Problems(check.Errors));
            }

            var header = check.Header;
            var kind = ProfileSubjects.KindOf(check);
            var name = header.Name!.Trim();
            if (name.Length > RiskProfile.NameMaxLength)
            {
                return Outcome<Result>.Invalid("text", "name", $"the profile's name is longer than {RiskProfile.NameMaxLength} characters");
            }

            var profiles = db.RiskProfiles.IgnoreQueryFilters().Where(p => p.Unit == unit.Code.Value);
            var profile = command.ProfileId is { } id
                ? await profiles.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
                : await profiles.FirstOrDefaultAsync(p => p.Name == name, cancellationToken);
            if (command.ProfileId is not null && profile is null)
            {
                return Outcome<Result>.NotFound();
            }

            var clash = await profiles.AnyAsync(p => p.Name == name && (profile == null || p.Id != profile.Id), cancellationToken);
            if (clash)
            {
                return Outcome<Result>.Invalid("text", "name", $"the unit already has another profile named \"{name}\"; choose another name");
            }

            if (profile is not null)
            {
                var latest = await db.RiskProfileVersions.IgnoreQueryFilters().AsNoTracking()
                    .FirstAsync(v => v.ProfileId == profile.Id && v.Number == profile.LatestVersion, cancellationToken);
                if (string.Equals(latest.Text, command.Text, StringComparison.Ordinal))
                {
                    return Outcome<Result>.Ok(new Result(profile.Id, latest.Id, latest.Number, name, Created: false, Unchanged: true));
                }

                // Its hits, targets and figures are of one kind of subject: a profile of the other kind is a new profile.
                if (!string.Equals(profile.SubjectKind, kind, StringComparison.Ordinal))
                {
                    return Outcome<Result>.Invalid("text", "subject", $"this profile selects {profile.SubjectKind}s; a profile of {kind}s is a new profile with its own name");
                }
            }

            var now = time.GetUtcNow();
            var created = profile is null;
            profile ??= db.RiskProfiles.Add(new RiskProfile
            {
                Id = Guid.CreateVersion7(),
                Unit = unit.Code.Value,
                Jurisdiction = unit.Jurisdiction.Value,
                SubjectKind = kind,
                CreatedAt = now,
                CreatedBy = db.Scope.ActorName,
            }).Entity;
            profile.Name = name;
            profile.LatestVersion++;
            var version = new RiskProfileVersion
            {
                Id = Guid.CreateVersion7(),
                ProfileId = profile.Id,
                Unit = profile.Unit,
                Jurisdiction = profile.Jurisdiction,
                Number = profile.LatestVersion,
                Text = command.Text,
                Status = ProfileStatus.Draft,
                Author = db.Scope.ActorName,
                CreatedAt = now,
            };
            ProfileHeaderColumns.Copy(header, version);
            db.RiskProfileVersions.Add(version);
            db.Audit(AuditEvents.By(db.Scope, AuditActions.ProfileSaved, "profile", profile.Id.ToString("D"), profile.Jurisdiction,
                JsonSerializer.Serialize(new { version = version.Number, name, created })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(profile.Id, version.Id, version.Number, name, created));
        }
    }
}

/// <summary>The header of a checked profile, copied into the version's columns for lists, approval and the engine.</summary>
internal static class ProfileHeaderColumns
{
    public static void Copy(ProfileHeader header, RiskProfileVersion version)
    {
        version.Name = header.Name!.Trim();
        version.Rationale = Clip(header.Rationale!, RiskProfileVersion.RationaleMaxLength);
        version.Owner = Clip(header.Owner!, 64);
        version.ValidFrom = header.ValidFrom!.Value;
        version.ValidTo = header.ValidTo!.Value;
        version.HitCapCount = header.HitCap!.Count;
        version.HitCapPeriod = header.HitCap.Period switch
        {
            HitCapPeriod.Hour => "hour",
            HitCapPeriod.Week => "week",
            _ => "day",
        };
        version.Score = header.Score ?? 0;
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
