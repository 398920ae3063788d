using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Targeting;
using Portcullis.Hosting;

namespace Portcullis.Pages.Profiles;

[Authorize(Policy = Policies.Targeting)]
public sealed class StatsModel(ProfileStats.Handler stats) : PageModel
{
    public ProfileStats.Result? Stats { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await stats.HandleAsync(new ProfileStats.Query(), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Stats = outcome.Value;
        return Page();
    }
}
