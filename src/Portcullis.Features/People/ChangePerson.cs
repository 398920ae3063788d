using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Portcullis.Data;
using Portcullis.Data.People;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.People;
using Portcullis.Features.Audit;

namespace Portcullis.Features.People;

/// <summary>
/// Changes a person's name, e-mail, language, roles and (administrators only) unit. The audit
/// entry records what changed, before and after; role changes are audited as such.
/// </summary>
public static class ChangePerson
{
    public sealed record Command(
        string Person,
        string DisplayName,
        IReadOnlyList<Role> Roles,
        string? Unit,
        string Language,
        string? Email = null);

    public sealed class Handler(PortcullisDbContext db, UserManager<Person> users)
    {
        public async Task<Outcome<Guid>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var found = await PeopleAccess.FindToManageAsync(db, command.Person, cancellationToken);
            switch (found.Access)
            {
                case OutcomeKind.NotFound:
                    return Outcome<Guid>.NotFound();
                case OutcomeKind.Forbidden:
                    return Outcome<Guid>.Forbidden("You may not change this person's record.");
            }

            var person = found.Person!;
            var before = found.Roles;

            var roles = command.Roles.Distinct().Order().ToList();
            var problems = new List<Problem>();
            var unit = PersonInput.CheckDetails(command.DisplayName, command.Language, command.Unit, roles, problems);
            if (problems.Count > 0)
            {
                return Outcome<Guid>.Invalid(problems);
            }

            if (PeopleAccess.WhyMayNotAssign(db.Scope, roles, unit?.Code.Value) is { } reason)
            {
                return Outcome<Guid>.Forbidden(reason);
            }

            var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
            void Track(string field, string? old, string? @new)
            {
                if (!string.Equals(old, @new, StringComparison.Ordinal))
                {
                    changes[field] = new { from = old, to = @new };
                }
            }

            var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
            Track("displayName", person.DisplayName, command.DisplayName.Trim());
            Track("email", person.Email, email);
            Track("language", person.Language, command.Language);
            Track("unit", person.UnitCode, unit?.Code.Value);
            person.DisplayName = command.DisplayName.Trim();
            person.Language = command.Language;
            person.UnitCode = unit?.Code.Value;
            person.JurisdictionCode = unit?.Jurisdiction.Value;
            if (email != person.Email)
            {
                var emailSet = await users.SetEmailAsync(person, email);
                if (!emailSet.Succeeded)
                {
                    return Outcome<Guid>.Invalid(PersonInput.FromIdentity(emailSet));
                }
            }

            var removed = before.Except(roles).ToList();
            var added = roles.Except(before).ToList();
            if (removed.Count > 0)
            {
                await users.RemoveFromRolesAsync(person, removed.Select(RoleRules.Name));
            }

            if (added.Count > 0)
            {
                await users.AddToRolesAsync(person, added.Select(RoleRules.Name));
            }

            if (changes.Count == 0 && removed.Count == 0 && added.Count == 0)
            {
                return Outcome<Guid>.Ok(person.Id);
            }

            // A new security stamp signs the person out everywhere, so new roles or a new unit
            // take effect at their next request instead of when their cookie expires.
            await users.UpdateSecurityStampAsync(person);
            var subject = person.Id.ToString("D");
            if (changes.Count > 0)
            {
                db.Audit(AuditEvents.By(db.Scope, AuditActions.PersonUpdated, "person", subject, person.JurisdictionCode, JsonSerializer.Serialize(changes)));
            }

            if (removed.Count > 0 || added.Count > 0)
            {
                db.Audit(AuditEvents.By(
                    db.Scope,
                    AuditActions.PersonRolesChanged,
                    "person",
                    subject,
                    person.JurisdictionCode,
                    JsonSerializer.Serialize(new { added = added.Select(RoleRules.Name), removed = removed.Select(RoleRules.Name) })));
            }

            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Guid>.Ok(person.Id);
        }
    }
}
