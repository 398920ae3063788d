using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Data.Scoping;
using Portcullis.Features;
using Portcullis.Features.Targeting;
using Portcullis.Hosting;

namespace Portcullis.Pages.Profiles;

/// <summary>A profile: its versions, the lifecycle steps open to the person, and shadow runs of any version.</summary>
[Authorize(Policy = Policies.Targeting)]
public sealed class DetailsModel(GetProfile.Handler getProfile, ChangeProfileStatus.Handler changeStatus, ShadowRun.Handler shadowRun, IAccessScopeSource scope) : PageModel
{
    public GetProfile.Result? Profile { get; private set; }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public ShadowRun.Result? Shadow { get; private set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public int Days { get; set; } = 7;

    public bool MayWrite => ProfileAccess.MayWrite(scope.Current);

    public bool MayDecide => ProfileAccess.MayDecide(scope.Current);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostChangeAsync(Guid id, Guid version, ChangeProfileStatus.Decision decision, CancellationToken cancellationToken)
    {
        var outcome = await changeStatus.HandleAsync(new ChangeProfileStatus.Command(version, decision, Note), cancellationToken);
        if (outcome.IsOk)
        {
            return RedirectToPage(new { id });
        }

        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        Problems = outcome.Problems;
        Response.StatusCode = outcome.Kind == OutcomeKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostShadowAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        var outcome = await shadowRun.HandleAsync(new ShadowRun.Query(version, Days), cancellationToken);
        if (outcome.Kind is OutcomeKind.Forbidden or OutcomeKind.NotFound)
        {
            return OutcomePages.Failure(outcome);
        }

        Problems = outcome.Problems;
        Shadow = outcome.Value;
        return await ShowAsync(id, cancellationToken);
    }

    /// <summary>The steps the person may take on a version now: the handler's own rules (it checks again on the post).</summary>
    public IEnumerable<ChangeProfileStatus.Decision> Steps(GetProfile.Version v, int latestNumber) =>
        ChangeProfileStatus.Allowed(new ChangeProfileStatus.VersionState(v.Number, latestNumber, v.Status, v.Author, v.SubmittedBy), scope.Current);

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getProfile.HandleAsync(new GetProfile.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Profile = outcome.Value;
        return Page();
    }

    /// <summary>The hit cap as a text key: "{0} per day".</summary>
    public static string HitCapText(string period) => period switch
    {
        "hour" => "{0} per hour",
        "week" => "{0} per week",
        _ => "{0} per day",
    };

    public static string StepLabel(ChangeProfileStatus.Decision decision) => decision switch
    {
        ChangeProfileStatus.Decision.Submit => "Submit for approval",
        ChangeProfileStatus.Decision.Approve => "Approve",
        ChangeProfileStatus.Decision.Return => "Send back to the author",
        ChangeProfileStatus.Decision.Suspend => "Suspend",
        ChangeProfileStatus.Decision.Resume => "Resume",
        _ => "Retire",
    };
}
