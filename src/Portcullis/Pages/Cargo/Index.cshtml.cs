using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Cargo.Views;
using Portcullis.Hosting;

namespace Portcullis.Pages.Cargo;

[Authorize(Policy = Policies.CargoData)]
public sealed class IndexModel(ListVoyages.Handler listVoyages) : PageModel
{
    /// <summary>One day, or none for the newest calls and flights whatever their day: cargo is worked over days, not by the hour.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Day { get; set; }

    /// <summary>sea, air, or empty for both.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Mode { get; set; }

    public IReadOnlyList<ListVoyages.Row> Voyages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await listVoyages.HandleAsync(new ListVoyages.Query(Day, Mode), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Voyages = outcome.Value!;
        return Page();
    }
}
