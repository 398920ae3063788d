using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Data.Scoping;
using Portcullis.Domain.People;
using Portcullis.Features.Targeting;
using Portcullis.Features.Targeting.Queue;
using Portcullis.Hosting;

namespace Portcullis.Pages.Targets;

/// <summary>The unit's work queue. The page asks for its rows again every few seconds (Assets/queue.js), so new targets appear without a reload.</summary>
[Authorize(Policy = Policies.Targeting)]
public sealed class IndexModel(ListTargets.Handler listTargets, TakeTarget.Handler takeTarget, IAccessScopeSource scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    public ListTargets.Result Queue { get; private set; } = new([], 0, 0, 0, "");

    public bool MayWork => ProfileAccess.MayWorkTargets(scope.Current);

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? message, CancellationToken cancellationToken)
    {
        Message = message;
        return await LoadAsync(cancellationToken) ?? Page();
    }

    /// <summary>The queue alone, for the page's live update: nothing (204) while the caller's stamp is current.</summary>
    public async Task<IActionResult> OnGetRowsAsync(string? since, CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken, since) ?? (Queue.Unchanged ? new NoContentResult() : Partial("_Queue", this));

    public async Task<IActionResult> OnPostTakeNextAsync(CancellationToken cancellationToken)
    {
        var outcome = await takeTarget.HandleAsync(new TakeTarget.Command(), cancellationToken);
        return outcome.Kind switch
        {
            Features.OutcomeKind.Ok => RedirectToPage("Details", new { id = outcome.Value }),
            Features.OutcomeKind.NotFound => RedirectToPage(new { message = "empty" }),
            _ => OutcomePages.Failure(outcome),
        };
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken, string? since = null)
    {
        var outcome = await listTargets.HandleAsync(new ListTargets.Query(Closed, since), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Queue = outcome.Value!;
        return null;
    }

    public static bool IsOfficer(AccessScope scope) => scope.Has(Role.Officer);
}
