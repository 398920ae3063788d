using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.People;

namespace Portcullis.Features.People;

/// <summary>The people directory: everyone in the reader's scope, optionally filtered.</summary>
public static class ListPeople
{
    public sealed record Query(string? Search = null, Role? Role = null, bool IncludeDisabled = true);

    public sealed class Handler(PortcullisDbContext db, TimeProvider time)
    {
        public async Task<Outcome<IReadOnlyList<PersonSummary>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!PeopleAccess.MayView(db.Scope))
            {
                return Outcome<IReadOnlyList<PersonSummary>>.Forbidden("Your role does not include the people directory.");
            }

            var people = await db.Users.AsNoTracking()
                .Where(p => query.IncludeDisabled || !p.IsDisabled)
                .OrderBy(p => p.UnitCode).ThenBy(p => p.UserName)
                .ToListAsync(cancellationToken);

            // A unit has tens of people, the programme a few hundred: matching in memory keeps the
            // search culture-invariant and identical on both databases.
            var search = query.Search?.Trim();
            if (!string.IsNullOrEmpty(search))
            {
                people = people
                    .Where(p => p.DisplayName.Contains(search, StringComparison.OrdinalIgnoreCase)
                        || (p.UserName ?? string.Empty).Contains(search, StringComparison.OrdinalIgnoreCase))
                    .ToList();
            }

            var roles = await PeopleAccess.RolesOfAsync(db, people.Select(p => p.Id).ToList(), cancellationToken);
            var now = time.GetUtcNow();
            IReadOnlyList<PersonSummary> rows = people
                .Select(p => new PersonSummary(
                    p.Id,
                    p.UserName ?? string.Empty,
                    p.DisplayName,
                    p.UnitCode,
                    p.JurisdictionCode,
                    roles.GetValueOrDefault(p.Id) ?? [],
                    p.IsDisabled,
                    p.LockoutEnd > now))
                .Where(p => query.Role is null || p.Roles.Contains(query.Role.Value))
                .ToList();
            return Outcome<IReadOnlyList<PersonSummary>>.Ok(rows);
        }
    }
}
