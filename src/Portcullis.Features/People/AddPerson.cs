using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Portcullis.Data;
using Portcullis.Data.People;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.People;
using Portcullis.Features.Audit;

namespace Portcullis.Features.People;

/// <summary>
/// Adds a person. Without a password, one is generated and returned once: there is no default
/// password, and the first administrator is created this way from the command line.
/// </summary>
public static class AddPerson
{
    public sealed record Command(
        string UserName,
        string DisplayName,
        IReadOnlyList<Role> Roles,
        string? Unit,
        string Language = Domain.People.Language.English,
        string? Email = null,
        string? Password = null);

    /// <param name="GeneratedPassword">Set only when the command gave no password; shown once, stored nowhere.</param>
    public sealed record Result(Guid Id, string UserName, string? GeneratedPassword);

    public sealed class Handler(PortcullisDbContext db, UserManager<Person> users, TimeProvider time)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var userName = PersonInput.NormalizeUserName(command.UserName);
            var roles = command.Roles.Distinct().Order().ToList();
            var problems = new List<Problem>();
            PersonInput.CheckUserName(userName, problems);
            var unit = PersonInput.CheckDetails(command.DisplayName, command.Language, command.Unit, roles, problems);
            if (problems.Count > 0)
            {
                return Outcome<Result>.Invalid(problems);
            }

            if (PeopleAccess.WhyMayNotAssign(db.Scope, roles, unit?.Code.Value) is { } reason)
            {
                return Outcome<Result>.Forbidden(reason);
            }

            var person = new Person
            {
                Id = Guid.CreateVersion7(),
                UserName = userName,
                DisplayName = command.DisplayName.Trim(),
                Email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim(),
                UnitCode = unit?.Code.Value,
                JurisdictionCode = unit?.Jurisdiction.Value,
                Language = command.Language,
                CreatedAt = time.GetUtcNow(),
                LockoutEnabled = true,
            };
            var password = command.Password ?? PasswordGenerator.Generate();
            var created = await users.CreateAsync(person, password);
            if (!created.Succeeded)
            {
                return Outcome<Result>.Invalid(PersonInput.FromIdentity(created));
            }

            var withRoles = await users.AddToRolesAsync(person, roles.Select(RoleRules.Name));
            if (!withRoles.Succeeded)
            {
                return Outcome<Result>.Invalid(PersonInput.FromIdentity(withRoles));
            }

            db.Audit(AuditEvents.By(
                db.Scope,
                AuditActions.PersonCreated,
                "person",
                person.Id.ToString("D"),
                person.JurisdictionCode,
                JsonSerializer.Serialize(new
                {
                    userName,
                    displayName = person.DisplayName,
                    unit = person.UnitCode,
                    roles = roles.Select(RoleRules.Name),
                    language = person.Language,
                })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(person.Id, userName, command.Password is null ? password : null));
        }
    }
}
