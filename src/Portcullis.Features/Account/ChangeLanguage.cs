using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Portcullis.Data;
using Portcullis.Data.People;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.People;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Account;

/// <summary>A person chooses the language of their own user interface; it follows them to any computer.</summary>
public static class ChangeLanguage
{
    public sealed record Command(string Language);

    public sealed class Handler(PortcullisDbContext db, UserManager<Person> users, SignInManager<Person> signIn)
    {
        public async Task<Outcome<string>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (!Language.IsSupported(command.Language))
            {
                return Outcome<string>.Invalid("language", "language.unsupported", People.PeopleProblems.LanguageUnsupported);
            }

            // The person's own record: found through Identity's store, because a coordinator's scope
            // shows them no one, themselves included.
            var person = db.Scope.PersonId is { } id ? await users.FindByIdAsync(id.ToString("D")) : null;
            if (person is null)
            {
                return Outcome<string>.NotFound();
            }

            if (person.Language != command.Language)
            {
                db.Audit(AuditEvents.By(
                    db.Scope,
                    AuditActions.PersonUpdated,
                    "person",
                    person.Id.ToString("D"),
                    person.JurisdictionCode,
                    JsonSerializer.Serialize(new { language = new { from = person.Language, to = command.Language } })));
                person.Language = command.Language;
                await db.SaveChangesAsync(cancellationToken);
                await signIn.RefreshSignInAsync(person);
            }

            return Outcome<string>.Ok(command.Language);
        }
    }
}
