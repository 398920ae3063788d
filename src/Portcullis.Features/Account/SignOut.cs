using Microsoft.AspNetCore.Identity;
using Portcullis.Data;
using Portcullis.Data.People;
using Portcullis.Domain.Auditing;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Account;

/// <summary>Ends the session and records that it ended.</summary>
public static class SignOut
{
    public sealed class Handler(PortcullisDbContext db, SignInManager<Person> signIn)
    {
        public async Task HandleAsync(CancellationToken cancellationToken)
        {
            if (db.Scope.IsSignedIn)
            {
                db.Audit(AuditEvents.By(db.Scope, AuditActions.SignOut));
                await db.SaveChangesAsync(cancellationToken);
            }

            await signIn.SignOutAsync();
        }
    }
}
