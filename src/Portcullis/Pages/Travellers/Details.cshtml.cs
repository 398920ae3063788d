using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Passengers;
using Portcullis.Hosting;

namespace Portcullis.Pages.Travellers;

[Authorize(Policy = Policies.PassengerData)]
public sealed class DetailsModel(GetTraveller.Handler getTraveller) : PageModel
{
    public GetTraveller.Details? Traveller { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getTraveller.HandleAsync(new GetTraveller.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Traveller = outcome.Value;
        return Page();
    }
}
