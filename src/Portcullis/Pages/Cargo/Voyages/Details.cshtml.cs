using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Cargo.Views;
using Portcullis.Hosting;

namespace Portcullis.Pages.Cargo.Voyages;

[Authorize(Policy = Policies.CargoData)]
public sealed class DetailsModel(GetVoyage.Handler getVoyage) : PageModel
{
    public GetVoyage.Details? Voyage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getVoyage.HandleAsync(new GetVoyage.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Voyage = outcome.Value;
        return Page();
    }
}
