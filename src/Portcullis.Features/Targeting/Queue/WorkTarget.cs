using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Targeting.Queue;

/// <summary>
/// The steps of a taken target: release it back to the queue, dismiss it (a reason from the list, and
/// words), refer it for inspection, then record the inspection's result (negative, or positive with
/// what was found). Only the officer holding the target decides on it; the result of a referral may be
/// recorded by any officer of the unit (the inspection team is not always the reviewer). Each step is
/// timed, attributed and audited.
/// </summary>
public static class WorkTarget
{
    public enum TargetStep
    {
        Release,
        Dismiss,
        Refer,
        RecordResult,
    }

    public sealed record Command(Guid Id, TargetStep Step, DismissReason? Reason = null, string? Note = null, InspectionResult? Result = null, string? Findings = null);

    public sealed class Handler(PortcullisDbContext db, TimeProvider time)
    {
        public async Task<Outcome<TargetStatus>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayWorkTargets(db.Scope))
            {
                return Outcome<TargetStatus>.Forbidden("Targets are worked by the unit's officers and head.");
            }

            var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == command.Id, cancellationToken);
            if (target is null)
            {
                return Outcome<TargetStatus>.NotFound();
            }

            var me = db.Scope.ActorName;
            var holding = target.Status == TargetStatus.InReview && string.Equals(target.TakenBy, me, StringComparison.Ordinal);
            var problem = Check(command, target, holding);
            if (problem is not null)
            {
                return Outcome<TargetStatus>.Invalid(problem.Field, problem.Code, problem.Message);
            }

            var now = time.GetUtcNow();
            string action;
            switch (command.Step)
            {
                case TargetStep.Release:
                    target.Status = TargetStatus.New;
                    target.TakenBy = null;
                    target.TakenAt = null;
                    action = AuditActions.TargetReleased;
                    break;
                case TargetStep.Dismiss:
                    target.Status = TargetStatus.Dismissed;
                    target.DismissReason = command.Reason;
                    Decide(target, me, now, command.Note);
                    action = AuditActions.TargetDismissed;
                    break;
                case TargetStep.Refer:
                    target.Status = TargetStatus.Referred;
                    Decide(target, me, now, command.Note);
                    action = AuditActions.TargetReferred;
                    break;
                default:
                    target.Status = TargetStatus.Inspected;
                    target.Result = command.Result;
                    target.Findings = string.IsNullOrWhiteSpace(command.Findings) ? null : command.Findings.Trim();
                    target.ResultBy = me;
                    target.ResultAt = now;
                    action = AuditActions.TargetInspected;
                    break;
            }

            target.UpdatedAt = now;
            db.Audit(AuditEvents.By(db.Scope, action, "target", target.Id.ToString("D"), target.Jurisdiction,
                JsonSerializer.Serialize(new { reason = command.Reason?.ToString(), note = command.Note, result = command.Result?.ToString(), findings = command.Findings })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<TargetStatus>.Ok(target.Status);
        }

        private static void Decide(Target target, string me, DateTimeOffset now, string? note)
        {
            target.DecidedBy = me;
            target.DecidedAt = now;
            target.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        }

        private static Problem? Check(Command command, Target target, bool holding)
        {
            if (command.Note is { Length: > Target.NoteMaxLength } || command.Findings is { Length: > Target.NoteMaxLength })
            {
                return new Problem("note", "length", $"notes and findings are at most {Target.NoteMaxLength} characters");
            }

            return command.Step switch
            {
                TargetStep.Release or TargetStep.Dismiss or TargetStep.Refer when !holding =>
                    new Problem("target", "not-taken", "Take the target first: only the officer working on a target decides on it."),
                TargetStep.Dismiss when command.Reason is null => new Problem("reason", "required", "Choose why the target is dismissed."),
                TargetStep.Dismiss when command.Reason == DismissReason.Other && string.IsNullOrWhiteSpace(command.Note) =>
                    new Problem("note", "required", "Say why the target is dismissed when the reason is \"other\"."),
                TargetStep.RecordResult when target.Status != TargetStatus.Referred =>
                    new Problem("target", "not-referred", "A result is recorded for a target referred for inspection."),
                TargetStep.RecordResult when command.Result is null => new Problem("result", "required", "Choose the inspection's result."),
                TargetStep.RecordResult when command.Result == InspectionResult.Positive && string.IsNullOrWhiteSpace(command.Findings) =>
                    new Problem("findings", "required", "Say what the inspection found."),
                _ => null,
            };
        }
    }
}
