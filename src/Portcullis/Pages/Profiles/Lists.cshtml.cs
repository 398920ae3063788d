using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Data.Scoping;
using Portcullis.Features;
using Portcullis.Features.Targeting;
using Portcullis.Hosting;

namespace Portcullis.Pages.Profiles;

/// <summary>The unit's named reference lists (`in list "name"` in a profile): read by all, kept by targeters and the head.</summary>
[Authorize(Policy = Policies.Targeting)]
public sealed class ListsModel(ListReferenceLists.Handler list, SaveReferenceList.Handler save, IAccessScopeSource scope) : PageModel
{
    public IReadOnlyList<ListReferenceLists.Row> Lists { get; private set; } = [];

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public bool MayWrite => ProfileAccess.MayWrite(scope.Current);

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string Values { get; set; } = "";

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? saved, string? edit, CancellationToken cancellationToken)
    {
        Saved = saved;
        var failure = await LoadAsync(cancellationToken);
        if (failure is null && Lists.FirstOrDefault(l => string.Equals(l.Name, edit, StringComparison.Ordinal)) is { } chosen)
        {
            (Name, Values) = (chosen.Name, chosen.Values);
        }

        return failure ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await save.HandleAsync(new SaveReferenceList.Command(Name, Values), cancellationToken);
        if (outcome.IsOk)
        {
            return RedirectToPage(new { saved = Name.Trim() });
        }

        if (outcome.Kind != OutcomeKind.Invalid)
        {
            return OutcomePages.Failure(outcome);
        }

        Problems = outcome.Problems;
        return await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var outcome = await list.HandleAsync(cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Lists = outcome.Value!;
        return null;
    }
}
