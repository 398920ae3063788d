using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.People;

namespace Portcullis.Pages.People;

public sealed class DetailsModel(
    GetPerson.Handler getPerson,
    DisablePerson.Handler disablePerson,
    ResetPassword.Handler resetPassword) : PageModel
{
    public PersonDetails? Person { get; private set; }

    /// <summary>Shown once, in the answer to the reset; never stored, never redirected through a cookie.</summary>
    public string? NewPassword { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, disable: true, "The account was disabled.", cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, disable: false, "The account was enabled.", cancellationToken);

    public async Task<IActionResult> OnPostResetPasswordAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await resetPassword.HandleAsync(new ResetPassword.Command(id.ToString("D")), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        NewPassword = outcome.Value!.GeneratedPassword;
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(Guid id, bool disable, string done, CancellationToken cancellationToken)
    {
        var outcome = await disablePerson.HandleAsync(new DisablePerson.Command(id.ToString("D"), disable), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Done = done;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await getPerson.HandleAsync(new GetPerson.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Person = outcome.Value;
        return Page();
    }
}
