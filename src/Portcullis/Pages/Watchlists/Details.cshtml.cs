using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Screening;
using Portcullis.Hosting;

namespace Portcullis.Pages.Watchlists;

[Authorize(Policy = Policies.Watchlists)]
public sealed class DetailsModel(GetWatchlist.Handler getWatchlist) : PageModel
{
    public GetWatchlist.Details? List { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getWatchlist.HandleAsync(new GetWatchlist.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        List = outcome.Value;
        return Page();
    }
}
