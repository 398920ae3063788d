using Portcullis.Data;

namespace Portcullis.Features.Targeting;

/// <summary>Checks a profile's text against the catalogue and the unit's reference lists, without saving or running it.</summary>
public static class CheckProfileText
{
    public sealed record Query(string Text, string? Unit = null);

    public sealed class Handler(PortcullisDbContext db)
    {
        /// <summary>The profile's name when it is correct; otherwise its errors, each with line and column.</summary>
        public async Task<Outcome<string>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayWrite(db.Scope))
            {
                return Outcome<string>.Forbidden("Profiles are written by the unit's targeters and head.");
            }

            if (ProfileAccess.UnitOf(db.Scope, query.Unit) is not { } unit)
            {
                return ProfileAccess.NoUnit<string>();
            }

            var lists = await UnitReferenceLists.LoadAsync(db, unit.Code.Value, cancellationToken);
            var check = ProfileSubjects.Check(query.Text, lists);
            return check.Succeeded ? Outcome<string>.Ok(check.Header.Name!) : Outcome<string>.Invalid(ProfileSubjects.Problems(check.Errors));
        }
    }
}
