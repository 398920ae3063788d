using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Data.Scoping;
using Portcullis.Features;
using Portcullis.Features.People;

namespace Portcullis.Pages.People;

public sealed class AddModel(AddPerson.Handler addPerson, IAccessScopeSource scope) : PageModel
{
    [BindProperty]
    public PersonForm Form { get; set; } = new();

    public PersonFormChoices Choices => PersonForm.ChoicesFor(scope.Current);

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public AddPerson.Result? Added { get; private set; }

    public void OnGet()
    {
        Form.Unit = scope.Current.Unit?.Value;
        Form.Roles = ["officer"];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await addPerson.HandleAsync(
            new AddPerson.Command(Form.UserName, Form.DisplayName, Form.ParsedRoles(), Form.Unit, Form.Language, Form.Email),
            cancellationToken);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                Added = outcome.Value;
                return Page();
            case OutcomeKind.Invalid:
                Problems = outcome.Problems;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            default:
                return OutcomePages.Failure(outcome);
        }
    }
}
