using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Data.Scoping;
using Portcullis.Domain.People;
using Portcullis.Features;
using Portcullis.Features.People;
using Portcullis.Hosting;

namespace Portcullis.Pages.People;

public sealed class IndexModel(ListPeople.Handler listPeople, IAccessScopeSource scope, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "role")]
    public string? RoleText { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool ActiveOnly { get; set; }

    public Role? Role => RoleRules.TryParse(RoleText, out var role) ? role : null;

    public IReadOnlyList<PersonSummary> People { get; private set; } = [];

    public bool MayManage { get; private set; }

    public bool SeesEveryUnit => scope.Current.Level == ScopeLevel.Everything;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await listPeople.HandleAsync(new ListPeople.Query(Search, Role, IncludeDisabled: !ActiveOnly), cancellationToken);
        if (outcome.Kind != OutcomeKind.Ok)
        {
            return Forbid();
        }

        People = outcome.Value!;
        MayManage = (await authorization.AuthorizeAsync(User, Policies.ManagePeople)).Succeeded;
        return Page();
    }
}
