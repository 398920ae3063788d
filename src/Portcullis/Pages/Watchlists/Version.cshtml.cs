using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Screening;
using Portcullis.Hosting;

namespace Portcullis.Pages.Watchlists;

[Authorize(Policy = Policies.Watchlists)]
public sealed class VersionModel(GetWatchlistVersionDiff.Handler getDiff) : PageModel
{
    public GetWatchlistVersionDiff.Diff? Diff { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        var outcome = await getDiff.HandleAsync(new GetWatchlistVersionDiff.Query(id, number), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Diff = outcome.Value;
        return Page();
    }
}
