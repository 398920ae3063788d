using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Data.Scoping;
using Portcullis.Features.Targeting;
using Portcullis.Hosting;

namespace Portcullis.Pages.Profiles;

[Authorize(Policy = Policies.Targeting)]
public sealed class IndexModel(ListProfiles.Handler listProfiles, IAccessScopeSource scope) : PageModel
{
    public IReadOnlyList<ListProfiles.Row> Profiles { get; private set; } = [];

    public bool MayWrite => ProfileAccess.MayWrite(scope.Current);

    public bool MayConfigure => ProfileAccess.MayConfigure(scope.Current);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await listProfiles.HandleAsync(new ListProfiles.Query(), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Profiles = outcome.Value!;
        return Page();
    }
}
