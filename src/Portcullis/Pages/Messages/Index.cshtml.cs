using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Domain.Passengers;
using Portcullis.Features.Passengers;
using Portcullis.Hosting;

namespace Portcullis.Pages.Messages;

[Authorize(Policy = Policies.Messages)]
public sealed class IndexModel(ListMessages.Handler listMessages) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public MessageStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public IReadOnlyList<ListMessages.Row> Messages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await listMessages.HandleAsync(new ListMessages.Query(Status, 200, Format), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Messages = outcome.Value!;
        return Page();
    }
}
