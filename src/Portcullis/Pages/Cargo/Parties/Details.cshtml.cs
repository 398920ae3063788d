using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Cargo.Views;
using Portcullis.Hosting;

namespace Portcullis.Pages.Cargo.Parties;

[Authorize(Policy = Policies.CargoData)]
public sealed class DetailsModel(GetParty.Handler getParty) : PageModel
{
    public GetParty.Details? Party { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getParty.HandleAsync(new GetParty.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Party = outcome.Value;
        return Page();
    }
}
