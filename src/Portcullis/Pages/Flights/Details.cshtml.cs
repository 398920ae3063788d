using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Passengers;
using Portcullis.Formats.Passengers;
using Portcullis.Hosting;

namespace Portcullis.Pages.Flights;

[Authorize(Policy = Policies.PassengerData)]
public sealed class DetailsModel(GetFlight.Handler getFlight) : PageModel
{
    public GetFlight.Details? Flight { get; private set; }

    public IEnumerable<GetFlight.TravellerRow> Passengers => Flight!.Travellers.Where(t => Traveller.IsPassengerRole(t.Role));

    public IEnumerable<GetFlight.TravellerRow> Crew => Flight!.Travellers.Where(t => !Traveller.IsPassengerRole(t.Role));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getFlight.HandleAsync(new GetFlight.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Flight = outcome.Value;
        return Page();
    }
}
