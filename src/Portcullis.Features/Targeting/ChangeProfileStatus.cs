using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Data.Scoping;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Targeting;

/// <summary>
/// Moves a profile version through its lifecycle (<see cref="ProfileStatus"/>). Four eyes: only a unit
/// head approves, and never a version they wrote or submitted. Approving a version retires the
/// version that was in force before it, so a profile has one version selecting at a time. Every
/// step records who and when, and is audited.
/// </summary>
public static class ChangeProfileStatus
{
    public enum Decision
    {
        /// <summary>Draft → submitted (targeter or unit head).</summary>
        Submit,

        /// <summary>Submitted → active, or approved until its validity begins (unit head, not the author).</summary>
        Approve,

        /// <summary>Submitted → draft, with a note saying what to change (unit head).</summary>
        Return,

        /// <summary>Active or approved → suspended (unit head).</summary>
        Suspend,

        /// <summary>Suspended → active (unit head).</summary>
        Resume,

        /// <summary>Any → retired, for good (unit head).</summary>
        Retire,
    }

    /// <summary>What the lifecycle rules read of a version: the handler and the profile page ask the same question.</summary>
    public sealed record VersionState(int Number, int LatestNumber, ProfileStatus Status, string Author, string? SubmittedBy);

    /// <summary>The steps <paramref name="scope"/> may take on the version now, in the order a page offers them.</summary>
    public static IEnumerable<Decision> Allowed(VersionState version, AccessScope scope) =>
        Enum.GetValues<Decision>().Where(d => Refusal(d, version, scope) is null);

    /// <summary>Why <paramref name="scope"/> may not take the step (forbidden, or not at this status); null when they may.</summary>
    public static (bool Forbidden, string Message)? Refusal(Decision decision, VersionState version, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(scope);
        var actor = scope.ActorName;
        return decision switch
        {
            Decision.Submit when !ProfileAccess.MayWrite(scope) => (true, "Profiles are submitted by the unit's targeters and head."),
            Decision.Submit when version.Status != ProfileStatus.Draft => (false, $"Only a draft can be submitted; version {version.Number} is {Describe(version.Status)}."),
            Decision.Submit when version.Number != version.LatestNumber => (false, $"Version {version.Number} is not the latest: submit version {version.LatestNumber}."),
            Decision.Submit => null,
            _ when !ProfileAccess.MayDecide(scope) => (true, "Only a unit head decides on profiles."),
            Decision.Return or Decision.Approve when version.Status != ProfileStatus.Submitted =>
                (false, $"Only a submitted version can be approved or returned; version {version.Number} is {Describe(version.Status)}."),
            Decision.Approve when string.Equals(version.Author, actor, StringComparison.Ordinal) || string.Equals(version.SubmittedBy, actor, StringComparison.Ordinal) =>
                (true, "Four eyes: a unit head cannot approve a version they wrote or submitted. Another unit head must approve it."),
            Decision.Suspend when version.Status is not (ProfileStatus.Active or ProfileStatus.Approved) =>
                (false, $"Only a version in force can be suspended; version {version.Number} is {Describe(version.Status)}."),
            Decision.Resume when version.Status != ProfileStatus.Suspended => (false, $"Only a suspended version can be resumed; version {version.Number} is {Describe(version.Status)}."),
            Decision.Retire when version.Status == ProfileStatus.Retired => (false, $"Version {version.Number} is already retired."),
            _ => null,
        };
    }

    private static string Describe(ProfileStatus status) => status.ToString().ToLowerInvariant();

    public sealed record Command(Guid VersionId, Decision Decision, string? Note = null);

    public sealed record Result(Guid ProfileId, int Version, ProfileStatus Status);

    public sealed class Handler(PortcullisDbContext db, TimeProvider time)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var version = await db.RiskProfileVersions.Include(v => v.Profile).FirstOrDefaultAsync(v => v.Id == command.VersionId, cancellationToken);
            if (version is null || !ProfileAccess.MayRead(db.Scope))
            {
                return Outcome<Result>.NotFound();
            }

            var actor = db.Scope.ActorName;
            var refusal = Refusal(command.Decision, new VersionState(version.Number, version.Profile!.LatestVersion, version.Status, version.Author, version.SubmittedBy), db.Scope);
            if (refusal is not null)
            {
                return refusal.Value.Forbidden
                    ? Outcome<Result>.Forbidden(refusal.Value.Message)
                    : Outcome<Result>.Invalid("status", "lifecycle", refusal.Value.Message);
            }

            if (command.Note is { Length: > RiskProfileVersion.NoteMaxLength })
            {
                return Outcome<Result>.Invalid("note", "length", $"a note is at most {RiskProfileVersion.NoteMaxLength} characters");
            }

            var now = time.GetUtcNow();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            switch (command.Decision)
            {
                case Decision.Submit:
                    version.Status = ProfileStatus.Submitted;
                    version.SubmittedBy = actor;
                    version.SubmittedAt = now;
                    break;
                case Decision.Return:
                    version.Status = ProfileStatus.Draft;
                    break;
                case Decision.Approve:
                    version.Status = version.ValidFrom <= today ? ProfileStatus.Active : ProfileStatus.Approved;
                    version.ApprovedBy = actor;
                    version.ApprovedAt = now;
                    await RetireOthersInForceAsync(version, now, cancellationToken);
                    break;
                case Decision.Suspend:
                    version.Status = ProfileStatus.Suspended;
                    break;
                case Decision.Resume:
                    version.Status = ProfileStatus.Active;
                    break;
                case Decision.Retire:
                    version.Status = ProfileStatus.Retired;
                    break;
            }

            version.Note = string.IsNullOrWhiteSpace(command.Note) ? version.Note : command.Note.Trim();
            version.ChangedAt = now;
            version.ChangedBy = actor;
            db.Audit(AuditEvents.By(db.Scope, AuditActionOf(command.Decision), "profile", version.ProfileId.ToString("D"), version.Jurisdiction,
                JsonSerializer.Serialize(new { version = version.Number, status = version.Status.ToString(), note = command.Note })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(version.ProfileId, version.Number, version.Status));
        }

        /// <summary>A profile has one version in force: the newly approved one replaces the others.</summary>
        private async Task RetireOthersInForceAsync(RiskProfileVersion approved, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var others = await db.RiskProfileVersions
                .Where(v => v.ProfileId == approved.ProfileId && v.Id != approved.Id
                    && (v.Status == ProfileStatus.Active || v.Status == ProfileStatus.Approved || v.Status == ProfileStatus.Suspended))
                .ToListAsync(cancellationToken);
            foreach (var other in others)
            {
                other.Status = ProfileStatus.Retired;
                other.Note = $"Replaced by version {approved.Number}.";
                other.ChangedAt = now;
                other.ChangedBy = db.Scope.ActorName;
            }
        }

        private static string AuditActionOf(Decision decision) => decision switch
        {
            Decision.Submit => AuditActions.ProfileSubmitted,
            Decision.Return => AuditActions.ProfileReturned,
            Decision.Approve => AuditActions.ProfileApproved,
            Decision.Suspend => AuditActions.ProfileSuspended,
            Decision.Resume => AuditActions.ProfileResumed,
            _ => AuditActions.ProfileRetired,
        };
    }
}
