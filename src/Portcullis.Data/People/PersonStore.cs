using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data.Scoping;

namespace Portcullis.Data.People;

/// <summary>
/// Identity's user store, seeing every account. Authentication must find an account before anyone
/// is signed in (and so before there is a scope), and user-name uniqueness is checked across units.
/// Features never read people through this store: they query <c>db.Users</c>, which is scoped.
/// It never saves by itself: the feature handler saves once, so that a change and its audit entry
/// commit together (<see cref="PortcullisDbContext.Audit"/>).
/// </summary>
public sealed class PersonStore : UserStore<Person, IdentityRole<Guid>, PortcullisDbContext, Guid>
{
    public PersonStore(PortcullisDbContext context, IdentityErrorDescriber? describer = null)
        : base(context, describer) => AutoSaveChanges = false;

    public override IQueryable<Person> Users => Context.Users.IgnoreQueryFilters([ScopeFilter.Name]);

    public override Task<Person?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Guid.TryParse(userId, out var id)
            ? Users.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            : Task.FromResult<Person?>(null);
    }

    public override Task<Person?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Users.FirstOrDefaultAsync(p => p.NormalizedUserName == normalizedUserName, cancellationToken);
    }

    public override Task<Person?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Users.SingleOrDefaultAsync(p => p.NormalizedEmail == normalizedEmail, cancellationToken);
    }

    /// <summary>
    /// Identity's own update re-attaches the person, which for a person already tracked in this unit
    /// of work accepts their pending changes as the original values: an added person would be
    /// updated instead of inserted, and a second update in the same unit of work would check the
    /// wrong concurrency stamp. A tracked person only needs a new stamp; change tracking does the
    /// rest, and the stamp loaded from the database still guards against concurrent edits.
    /// </summary>
    public override Task<IdentityResult> UpdateAsync(Person user, CancellationToken cancellationToken = default)
    {
        if (Context.Entry(user).State == EntityState.Detached)
        {
            return base.UpdateAsync(user, cancellationToken);
        }

        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        return Task.FromResult(IdentityResult.Success);
    }

    protected override Task<Person?> FindUserAsync(Guid userId, CancellationToken cancellationToken) =>
        Users.SingleOrDefaultAsync(p => p.Id == userId, cancellationToken);
}
