using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Targeting;

/// <summary>A unit's lane thresholds and random selection rate: read by its people, changed by its head. Audited.</summary>
public static class ChangeTargetingSettings
{
    public sealed record Command(int RedFrom, int YellowFrom, decimal RandomPercent, string? Unit = null);

    public sealed class Handler(PortcullisDbContext db, TimeProvider time)
    {
        public async Task<Outcome<TargetingSettings>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayConfigure(db.Scope))
            {
                return Outcome<TargetingSettings>.Forbidden("The unit head sets the lanes and the random rate.");
            }

            if (ProfileAccess.UnitOf(db.Scope, command.Unit) is not { } unit)
            {
                return ProfileAccess.NoUnit<TargetingSettings>();
            }

            var problems = new List<Problem>();
            if (command.YellowFrom is < 1 or > 100)
            {
                problems.Add(new Problem("yellowFrom", "range", "the yellow threshold is 1 to 100"));
            }

            if (command.RedFrom < command.YellowFrom || command.RedFrom > 100)
            {
                problems.Add(new Problem("redFrom", "range", "the red threshold is at least the yellow one and at most 100"));
            }

            if (command.RandomPercent is < 0 or > 100)
            {
                problems.Add(new Problem("randomPercent", "range", "the random rate is 0 to 100 per cent"));
            }

            if (problems.Count > 0)
            {
                return Outcome<TargetingSettings>.Invalid(problems);
            }

            var settings = await db.TargetingSettings.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Unit == unit.Code.Value, cancellationToken)
                ?? db.TargetingSettings.Add(TargetingSettings.Defaults(unit.Code.Value, unit.Jurisdiction.Value)).Entity;
            settings.RedFrom = command.RedFrom;
            settings.YellowFrom = command.YellowFrom;
            settings.RandomPercent = command.RandomPercent;
            settings.UpdatedBy = db.Scope.ActorName;
            settings.UpdatedAt = time.GetUtcNow();
            db.Audit(AuditEvents.By(db.Scope, AuditActions.TargetingSettingsChanged, "unit", unit.Code.Value, unit.Jurisdiction.Value,
                JsonSerializer.Serialize(new { red = command.RedFrom, yellow = command.YellowFrom, random = command.RandomPercent })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<TargetingSettings>.Ok(settings);
        }
    }
}

public static class GetTargetingSettings
{
    public sealed record Query(string? Unit = null);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<TargetingSettings>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayRead(db.Scope) || ProfileAccess.UnitOf(db.Scope, query.Unit) is not { } unit)
            {
                return Outcome<TargetingSettings>.Forbidden("The unit's settings are for its people.");
            }

            var settings = await db.TargetingSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Unit == unit.Code.Value, cancellationToken);
            return Outcome<TargetingSettings>.Ok(settings ?? TargetingSettings.Defaults(unit.Code.Value, unit.Jurisdiction.Value));
        }
    }
}
