using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Screening;
using Portcullis.Hosting;

namespace Portcullis.Pages.Hits;

[Authorize(Policy = Policies.PassengerData)]
public sealed class DetailsModel(GetHit.Handler getHit, ReviewHit.Handler reviewHit) : PageModel
{
    public GetHit.Details? Hit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getHit.HandleAsync(new GetHit.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Hit = outcome.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await reviewHit.HandleAsync(new ReviewHit.Command(id), cancellationToken);
        return outcome.IsOk ? RedirectToPage(new { id }) : OutcomePages.Failure(outcome);
    }
}
