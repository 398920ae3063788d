using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Screening;
using Portcullis.Hosting;

namespace Portcullis.Pages.Hits;

[Authorize(Policy = Policies.PassengerData)]
public sealed class IndexModel(ListHits.Handler listHits) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public HitStatus? Status { get; set; }

    public IReadOnlyList<ListHits.Row> Hits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await listHits.HandleAsync(new ListHits.Query(Status: Status), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Hits = outcome.Value!;
        return Page();
    }
}
