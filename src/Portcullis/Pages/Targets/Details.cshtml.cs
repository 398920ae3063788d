using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Data.Scoping;
using Portcullis.Domain.Targeting;
using Portcullis.Features;
using Portcullis.Features.Targeting;
using Portcullis.Features.Targeting.Queue;
using Portcullis.Hosting;

namespace Portcullis.Pages.Targets;

/// <summary>One target: why it was selected, and the officer's steps (take, dismiss, refer, result).</summary>
[Authorize(Policy = Policies.Targeting)]
public sealed class DetailsModel(GetTarget.Handler getTarget, TakeTarget.Handler takeTarget, WorkTarget.Handler workTarget, IAccessScopeSource scope) : PageModel
{
    public GetTarget.Details? Target { get; private set; }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public bool MayWork => ProfileAccess.MayWorkTargets(scope.Current);

    public bool IsMine => Target?.IsMine(scope.Current.ActorName) == true;

    [BindProperty]
    public DismissReason? Reason { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public InspectionResult? Result { get; set; }

    [BindProperty]
    public string? Findings { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostTakeAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await takeTarget.HandleAsync(new TakeTarget.Command(id), cancellationToken);
        return await AfterAsync(id, outcome.Kind, outcome.Problems, cancellationToken);
    }

    public Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken cancellationToken) =>
        WorkAsync(id, new WorkTarget.Command(id, WorkTarget.TargetStep.Release), cancellationToken);

    public Task<IActionResult> OnPostDismissAsync(Guid id, CancellationToken cancellationToken) =>
        WorkAsync(id, new WorkTarget.Command(id, WorkTarget.TargetStep.Dismiss, Reason, Note), cancellationToken);

    public Task<IActionResult> OnPostReferAsync(Guid id, CancellationToken cancellationToken) =>
        WorkAsync(id, new WorkTarget.Command(id, WorkTarget.TargetStep.Refer, Note: Note), cancellationToken);

    public Task<IActionResult> OnPostResultAsync(Guid id, CancellationToken cancellationToken) =>
        WorkAsync(id, new WorkTarget.Command(id, WorkTarget.TargetStep.RecordResult, Result: Result, Findings: Findings), cancellationToken);

    private async Task<IActionResult> WorkAsync(Guid id, WorkTarget.Command command, CancellationToken cancellationToken)
    {
        var outcome = await workTarget.HandleAsync(command, cancellationToken);
        return await AfterAsync(id, outcome.Kind, outcome.Problems, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Guid id, OutcomeKind kind, IReadOnlyList<Problem> problems, CancellationToken cancellationToken)
    {
        if (kind == OutcomeKind.Ok)
        {
            return RedirectToPage(new { id });
        }

        if (kind != OutcomeKind.Invalid)
        {
            return kind == OutcomeKind.NotFound ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        }

        Problems = problems;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getTarget.HandleAsync(new GetTarget.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Target = outcome.Value;
        return Page();
    }
}
