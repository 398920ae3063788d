using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Data.Scoping;
using Portcullis.Features;
using Portcullis.Features.Targeting;
using Portcullis.Hosting;

namespace Portcullis.Pages.Targets;

/// <summary>The unit head sets the lane thresholds and the random selection rate.</summary>
[Authorize(Policy = Policies.Targeting)]
public sealed class SettingsModel(GetTargetingSettings.Handler get, ChangeTargetingSettings.Handler change, IAccessScopeSource scope) : PageModel
{
    [BindProperty]
    public int RedFrom { get; set; }

    [BindProperty]
    public int YellowFrom { get; set; }

    [BindProperty]
    public decimal RandomPercent { get; set; }

    public bool MayChange => ProfileAccess.MayConfigure(scope.Current);

    public bool Saved { get; private set; }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(new GetTargetingSettings.Query(), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        (RedFrom, YellowFrom, RandomPercent, Saved) = (outcome.Value!.RedFrom, outcome.Value.YellowFrom, outcome.Value.RandomPercent, saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await change.HandleAsync(new ChangeTargetingSettings.Command(RedFrom, YellowFrom, RandomPercent), cancellationToken);
        if (outcome.IsOk)
        {
            return RedirectToPage(new { saved = true });
        }

        if (outcome.Kind != OutcomeKind.Invalid)
        {
            return OutcomePages.Failure(outcome);
        }

        Problems = outcome.Problems;
        return Page();
    }
}
