using Microsoft.AspNetCore.Identity;
using Portcullis.Data;
using Portcullis.Data.People;
using Portcullis.Domain.Auditing;
using Portcullis.Features.Audit;

namespace Portcullis.Features.People;

/// <summary>
/// Disables or re-enables a person. A disabled person cannot sign in and is signed out at their
/// next request (new security stamp); their record and their audit trail stay.
/// </summary>
public static class DisablePerson
{
    public sealed record Command(string Person, bool Disable = true);

    public sealed class Handler(PortcullisDbContext db, UserManager<Person> users, TimeProvider time)
    {
        public async Task<Outcome<Guid>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var found = await PeopleAccess.FindToManageAsync(db, command.Person, cancellationToken);
            switch (found.Access)
            {
                case OutcomeKind.NotFound:
                    return Outcome<Guid>.NotFound();
                case OutcomeKind.Forbidden:
                    return Outcome<Guid>.Forbidden(command.Disable ? "You may not disable this person." : "You may not enable this person.");
            }

            var person = found.Person!;
            var roles = found.Roles;

            if (person.IsDisabled == command.Disable)
            {
                return Outcome<Guid>.Ok(person.Id);
            }

            person.IsDisabled = command.Disable;
            person.DisabledAt = command.Disable ? time.GetUtcNow() : null;
            await users.UpdateSecurityStampAsync(person);
            db.Audit(AuditEvents.By(
                db.Scope,
                command.Disable ? AuditActions.PersonDisabled : AuditActions.PersonEnabled,
                "person",
                person.Id.ToString("D"),
                person.JurisdictionCode));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Guid>.Ok(person.Id);
        }
    }
}
