using Microsoft.AspNetCore.Identity;
using Portcullis.Data;
using Portcullis.Data.People;
using Portcullis.Domain.Auditing;
using Portcullis.Features.Audit;

namespace Portcullis.Features.People;

/// <summary>
/// Sets a new password (generated unless given), lifts a lockout and signs the person out
/// everywhere. The audit entry records the reset, never the password.
/// </summary>
public static class ResetPassword
{
    public sealed record Command(string Person, string? NewPassword = null);

    /// <param name="GeneratedPassword">Set when the command gave none: shown once to whoever reset it.</param>
    public sealed record Result(Guid Id, string UserName, string? GeneratedPassword);

    public sealed class Handler(PortcullisDbContext db, UserManager<Person> users)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var found = await PeopleAccess.FindToManageAsync(db, command.Person, cancellationToken);
            switch (found.Access)
            {
                case OutcomeKind.NotFound:
                    return Outcome<Result>.NotFound();
                case OutcomeKind.Forbidden:
                    return Outcome<Result>.Forbidden("You may not reset this person's password.");
            }

            var person = found.Person!;
            var roles = found.Roles;

            var password = command.NewPassword ?? PasswordGenerator.Generate();
            foreach (var validator in users.PasswordValidators)
            {
                var valid = await validator.ValidateAsync(users, person, password);
                if (!valid.Succeeded)
                {
                    return Outcome<Result>.Invalid(PersonInput.FromIdentity(valid));
                }
            }

            person.PasswordHash = users.PasswordHasher.HashPassword(person, password);
            person.AccessFailedCount = 0;
            person.LockoutEnd = null;
            await users.UpdateSecurityStampAsync(person);
            db.Audit(AuditEvents.By(db.Scope, AuditActions.PersonPasswordReset, "person", person.Id.ToString("D"), person.JurisdictionCode));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(person.Id, person.UserName ?? string.Empty, command.NewPassword is null ? password : null));
        }
    }
}
