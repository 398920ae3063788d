using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Features.Audit;

namespace Portcullis.Features.People;

/// <summary>A person's record. Every read is audited: who read whose record, when, from where.</summary>
public static class GetPerson
{
    public sealed record Query(Guid Id);

    public sealed class Handler(PortcullisDbContext db, TimeProvider time)
    {
        public async Task<Outcome<PersonDetails>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!PeopleAccess.MayView(db.Scope))
            {
                return Outcome<PersonDetails>.Forbidden("Your role does not include the people directory.");
            }

            var person = await db.Users.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
            if (person is null)
            {
                return Outcome<PersonDetails>.NotFound();
            }

            var roles = (await PeopleAccess.RolesOfAsync(db, [person.Id], cancellationToken)).GetValueOrDefault(person.Id) ?? [];
            db.Audit(AuditEvents.By(
                db.Scope,
                AuditActions.PersonRead,
                "person",
                person.Id.ToString("D"),
                person.JurisdictionCode,
                JsonSerializer.Serialize(new { userName = person.UserName })));
            await db.SaveChangesAsync(cancellationToken);

            var now = time.GetUtcNow();
            return Outcome<PersonDetails>.Ok(new PersonDetails(
                person.Id,
                person.UserName ?? string.Empty,
                person.DisplayName,
                person.Email,
                person.UnitCode,
                person.JurisdictionCode,
                roles,
                person.Language,
                person.IsDisabled,
                person.CreatedAt,
                person.DisabledAt,
                person.LockoutEnd > now ? person.LockoutEnd : null,
                person.AccessFailedCount,
                PeopleAccess.MayManage(db.Scope, person.UnitCode, roles) && person.Id != db.Scope.PersonId));
        }
    }
}
