using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Data.People;

namespace Portcullis.Features.People;

/// <summary>
/// Finds a person by id (pages, API) or user name (command line), through the scoped
/// <c>db.Users</c>: someone outside the reader's scope is simply not found.
/// </summary>
internal static class PersonLookup
{
    public static Task<Person?> FindAsync(PortcullisDbContext db, string idOrUserName, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(idOrUserName, out var id))
        {
            return db.Users.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        }

        var normalized = idOrUserName.Trim().ToUpperInvariant();
        return db.Users.FirstOrDefaultAsync(p => p.NormalizedUserName == normalized, cancellationToken);
    }
}
