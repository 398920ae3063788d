using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Passengers;
using Portcullis.Features.Screening;
using Portcullis.Hosting;

namespace Portcullis.Pages.Travellers;

[Authorize(Policy = Policies.PassengerData)]
public sealed class DetailsModel(GetTraveller.Handler getTraveller, ListHits.Handler listHits) : PageModel
{
    public GetTraveller.Details? Traveller { get; private set; }

    public IReadOnlyList<ListHits.Row> Hits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getTraveller.HandleAsync(new GetTraveller.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Traveller = outcome.Value;
        Hits = (await listHits.HandleAsync(new ListHits.Query(TravellerId: id), cancellationToken)).Value ?? [];
        return Page();
    }
}
