using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Data.Scoping;
using Portcullis.Features;
using Portcullis.Features.Targeting;
using Portcullis.Hosting;

namespace Portcullis.Pages.Profiles;

/// <summary>
/// Writes a profile: a new one, or the next version of an existing one (its latest text to start from).
/// "Check" shows the checker's line:column errors, "Try in shadow" runs the unsaved text over the last
/// days, "Save as draft" stores a new version.
/// </summary>
[Authorize(Policy = Policies.Targeting)]
public sealed class EditModel(GetProfile.Handler getProfile, SaveProfile.Handler saveProfile, CheckProfileText.Handler checkProfile, ShadowRun.Handler shadowRun, IAccessScopeSource scope, TimeProvider time) : PageModel
{
    [BindProperty]
    public string Text { get; set; } = "";

    [BindProperty]
    public int Days { get; set; } = 7;

    public Guid? ProfileId { get; private set; }

    public string? ProfileName { get; private set; }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public bool Checked { get; private set; }

    public ShadowRun.Result? Shadow { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!ProfileAccess.MayWrite(scope.Current))
        {
            return Forbid();
        }

        if (await LoadAsync(id, cancellationToken) is { } failure)
        {
            return failure;
        }

        Text = ProfileName is null ? Template() : Text;
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken, keepText: true);
        var outcome = await checkProfile.HandleAsync(new CheckProfileText.Query(Text), cancellationToken);
        if (outcome.Kind is OutcomeKind.Forbidden or OutcomeKind.NotFound)
        {
            return OutcomePages.Failure(outcome);
        }

        Problems = outcome.Problems;
        Checked = outcome.IsOk;
        return Page();
    }

    public async Task<IActionResult> OnPostShadowAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken, keepText: true);
        var outcome = await shadowRun.HandleAsync(new ShadowRun.Query(null, Days, Text), cancellationToken);
        if (outcome.Kind is OutcomeKind.Forbidden or OutcomeKind.NotFound)
        {
            return OutcomePages.Failure(outcome);
        }

        Problems = outcome.Problems;
        Shadow = outcome.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken, keepText: true);
        var outcome = await saveProfile.HandleAsync(new SaveProfile.Command(Text, id), cancellationToken);
        if (outcome.IsOk)
        {
            return RedirectToPage("Details", new { id = outcome.Value!.ProfileId });
        }

        if (outcome.Kind != OutcomeKind.Invalid)
        {
            return OutcomePages.Failure(outcome);
        }

        Problems = outcome.Problems;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken cancellationToken, bool keepText = false)
    {
        if (id is null)
        {
            return null;
        }

        var outcome = await getProfile.HandleAsync(new GetProfile.Query(id.Value), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        ProfileId = id;
        ProfileName = outcome.Value!.Name;
        if (!keepText)
        {
            Text = outcome.Value.Latest.Text;
        }

        return null;
    }

    /// <summary>A complete, valid starting point: every header line the checker requires, dated from today.</summary>
    private string Template()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var unit = scope.Current.Unit?.Value ?? "UNIT";
        return string.Create(CultureInfo.InvariantCulture, $"""
            profile "Name of the profile"
            rationale "Why these conditions indicate risk, and the source of the indicator."
            owner {unit}
            valid {today:yyyy-MM-dd} to {today.AddMonths(6):yyyy-MM-dd}
            hit cap 20 per day
            score 50
            when
              booking.daysBeforeDeparture <= 2
              and booking.oneWay
            """);
    }
}
