using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Screening;
using Portcullis.Hosting;

namespace Portcullis.Pages.Watchlists;

[Authorize(Policy = Policies.Watchlists)]
public sealed class EntriesModel(SearchWatchlistEntries.Handler search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SearchWatchlistEntries.Result? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await search.HandleAsync(new SearchWatchlistEntries.Query(id, Text, PageNumber), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Found = outcome.Value;
        return Page();
    }
}
