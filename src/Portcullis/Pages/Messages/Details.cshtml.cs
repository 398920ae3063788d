using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Passengers;
using Portcullis.Hosting;

namespace Portcullis.Pages.Messages;

[Authorize(Policy = Policies.Messages)]
public sealed class DetailsModel(GetMessage.Handler getMessage, ReprocessMessage.Handler reprocess) : PageModel
{
    public GetMessage.Details? Message { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getMessage.HandleAsync(new GetMessage.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Message = outcome.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostReprocessAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await reprocess.HandleAsync(new ReprocessMessage.Command(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Done = "The message was read again.";
        return RedirectToPage(new { id });
    }
}
