using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Cargo.Views;
using Portcullis.Hosting;

namespace Portcullis.Pages.Cargo.Containers;

[Authorize(Policy = Policies.CargoData)]
public sealed class DetailsModel(GetContainer.Handler getContainer) : PageModel
{
    public GetContainer.Details? Container { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getContainer.HandleAsync(new GetContainer.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Container = outcome.Value;
        return Page();
    }
}
