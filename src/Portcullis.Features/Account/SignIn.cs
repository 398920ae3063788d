using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Portcullis.Data;
using Portcullis.Data.People;
using Portcullis.Domain.Auditing;

namespace Portcullis.Features.Account;

/// <summary>
/// Signs a person in with their password, counting failures towards the lockout, and audits every
/// attempt: success, failure (with the reason, never the password) and lockout. An unknown user
/// name costs the same password hashing as a known one, so timing does not reveal who exists.
/// </summary>
public static class SignIn
{
    public sealed record Command(string UserName, string Password);

    public enum Status
    {
        SignedIn,
        Failed,
        LockedOut,
    }

    public sealed record Result(Status Status, DateTimeOffset? LockedOutUntil = null);

    public sealed class Handler(PortcullisDbContext db, SignInManager<Person> signIn, UserManager<Person> users)
    {
        private static readonly Person Nobody = new() { UserName = "nobody" };
        private static readonly Lazy<string> NobodysHash = new(() => new PasswordHasher<Person>().HashPassword(Nobody, Guid.NewGuid().ToString()));

        public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var userName = command.UserName.Trim();
            var person = userName.Length == 0 ? null : await users.FindByNameAsync(userName);
            if (person is null)
            {
                users.PasswordHasher.VerifyHashedPassword(Nobody, NobodysHash.Value, command.Password);
                await RecordAsync(AuditActions.SignInFailed, null, new { userName = Truncate(userName), reason = "unknown user name" }, cancellationToken);
                return new Result(Status.Failed);
            }

            if (person.IsDisabled)
            {
                users.PasswordHasher.VerifyHashedPassword(Nobody, NobodysHash.Value, command.Password);
                await RecordAsync(AuditActions.SignInFailed, person, new { userName = person.UserName, reason = "disabled" }, cancellationToken);
                return new Result(Status.Failed);
            }

            var outcome = await signIn.PasswordSignInAsync(person, command.Password, isPersistent: false, lockoutOnFailure: true);
            if (outcome.Succeeded)
            {
                await RecordAsync(AuditActions.SignInSucceeded, person, null, cancellationToken, actorIsPerson: true);
                return new Result(Status.SignedIn);
            }

            if (outcome.IsLockedOut)
            {
                await RecordAsync(AuditActions.SignInLockedOut, person, new { userName = person.UserName, until = person.LockoutEnd }, cancellationToken);
                return new Result(Status.LockedOut, person.LockoutEnd);
            }

            await RecordAsync(
                AuditActions.SignInFailed,
                person,
                new { userName = person.UserName, reason = "wrong password", failedAttempts = person.AccessFailedCount },
                cancellationToken);
            return new Result(Status.Failed);
        }

        /// <summary>Writes the audit entry together with the failure count or lockout Identity just changed.</summary>
        private async Task RecordAsync(string action, Person? person, object? details, CancellationToken cancellationToken, bool actorIsPerson = false)
        {
            db.Audit(new AuditEvent(
                action,
                actorIsPerson ? person!.Id : null,
                actorIsPerson ? person!.UserName! : "anonymous",
                actorIsPerson ? person!.UnitCode : null,
                person?.JurisdictionCode,
                person is null ? null : "person",
                person?.Id.ToString("D"),
                details is null ? null : JsonSerializer.Serialize(details),
                db.Scope.RemoteAddress));
            await db.SaveChangesAsync(cancellationToken);
        }

        private static string Truncate(string text) => text.Length <= Person.UserNameMaxLength ? text : text[..Person.UserNameMaxLength];
    }
}
