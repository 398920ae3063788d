using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Data.Scoping;
using Portcullis.Domain.People;
using Portcullis.Features;
using Portcullis.Features.People;

namespace Portcullis.Pages.People;

public sealed class EditModel(GetPerson.Handler getPerson, ChangePerson.Handler changePerson, IAccessScopeSource scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public PersonForm Form { get; set; } = new();

    public string UserName { get; private set; } = string.Empty;

    public PersonFormChoices Choices => PersonForm.ChoicesFor(scope.Current);

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await getPerson.HandleAsync(new GetPerson.Query(Id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        var person = outcome.Value!;
        if (!person.ReaderMayManage)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        UserName = person.UserName;
        Form = new PersonForm
        {
            UserName = person.UserName,
            DisplayName = person.DisplayName,
            Email = person.Email,
            Unit = person.Unit,
            Roles = person.Roles.Select(RoleRules.Name).ToList(),
            Language = person.Language,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await changePerson.HandleAsync(
            new ChangePerson.Command(Id.ToString("D"), Form.DisplayName, Form.ParsedRoles(), Form.Unit, Form.Language, Form.Email),
            cancellationToken);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                return Redirect($"/people/{Id}");
            case OutcomeKind.Invalid:
                Problems = outcome.Problems;
                UserName = Form.UserName;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            default:
                return OutcomePages.Failure(outcome);
        }
    }
}
