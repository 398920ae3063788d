using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Screening;
using Portcullis.Hosting;

namespace Portcullis.Pages.Watchlists;

[Authorize(Policy = Policies.Watchlists)]
public sealed class IndexModel(ListWatchlists.Handler listWatchlists, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<ListWatchlists.Row> Lists { get; private set; } = [];

    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await listWatchlists.HandleAsync(cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Lists = outcome.Value!;
        MayManage = (await authorization.AuthorizeAsync(User, Policies.ManageWatchlists)).Succeeded;
        return Page();
    }
}
