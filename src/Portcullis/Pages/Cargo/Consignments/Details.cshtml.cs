using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Cargo.Views;
using Portcullis.Hosting;

namespace Portcullis.Pages.Cargo.Consignments;

[Authorize(Policy = Policies.CargoData)]
public sealed class DetailsModel(GetConsignment.Handler getConsignment) : PageModel
{
    public GetConsignment.Details? Consignment { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getConsignment.HandleAsync(new GetConsignment.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Consignment = outcome.Value;
        return Page();
    }
}
