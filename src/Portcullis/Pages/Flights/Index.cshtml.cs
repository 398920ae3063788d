using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Passengers;
using Portcullis.Hosting;

namespace Portcullis.Pages.Flights;

[Authorize(Policy = Policies.PassengerData)]
public sealed class IndexModel(ListFlights.Handler listFlights, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Day { get; set; }

    [BindProperty(SupportsGet = true)]
    public ListFlights.Direction Direction { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Airport { get; set; }

    [BindProperty(SupportsGet = true, Name = "flight")]
    public string? Designator { get; set; }

    public IReadOnlyList<ListFlights.Row> Flights { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Day ??= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var outcome = await listFlights.HandleAsync(new ListFlights.Query(Day, Direction, Airport, Designator), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Flights = outcome.Value!;
        return Page();
    }
}
