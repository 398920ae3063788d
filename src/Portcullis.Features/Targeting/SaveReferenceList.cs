using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Targeting;

/// <summary>
/// Creates or replaces one of the unit's named reference lists. Profiles compiled against the old
/// values are compiled again on the next message (the unit's lists carry a change stamp). Audited.
/// </summary>
public static class SaveReferenceList
{
    public sealed record Command(string Name, string Values, string? Unit = null);

    public sealed class Handler(PortcullisDbContext db, TimeProvider time)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayWrite(db.Scope))
            {
                return Outcome<int>.Forbidden("Reference lists are kept by the unit's targeters and head.");
            }

            if (ProfileAccess.UnitOf(db.Scope, command.Unit) is not { } unit)
            {
                return ProfileAccess.NoUnit<int>();
            }

            var name = command.Name.Trim();
            if (name.Length is 0 or > ReferenceList.NameMaxLength || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            {
                return Outcome<int>.Invalid("name", "name", $"a list name is 1 to {ReferenceList.NameMaxLength} letters, digits, '-', '_' or '.'");
            }

            if (command.Values.Length > ReferenceList.ValuesMaxLength)
            {
                return Outcome<int>.Invalid("values", "length", $"a list holds at most {ReferenceList.ValuesMaxLength} characters");
            }

            var list = await db.ReferenceLists.IgnoreQueryFilters().FirstOrDefaultAsync(l => l.Unit == unit.Code.Value && l.Name == name, cancellationToken)
                ?? db.ReferenceLists.Add(new ReferenceList { Id = Guid.CreateVersion7(), Unit = unit.Code.Value, Jurisdiction = unit.Jurisdiction.Value, Name = name }).Entity;
            list.Values = command.Values.Replace("\r\n", "\n", StringComparison.Ordinal);
            list.UpdatedBy = db.Scope.ActorName;
            list.UpdatedAt = time.GetUtcNow();
            var count = list.ValueSet().Count;
            db.Audit(AuditEvents.By(db.Scope, AuditActions.ReferenceListSaved, "reference-list", list.Id.ToString("D"), unit.Jurisdiction.Value,
                JsonSerializer.Serialize(new { name, values = count })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<int>.Ok(count);
        }
    }
}
