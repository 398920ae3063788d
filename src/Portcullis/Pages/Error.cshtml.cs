using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portcullis.Pages;

/// <summary>One page for every error a person can meet: not found, forbidden, or a fault of ours.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "The error was recorded. Try again; if it happens again, tell your administrator.";

    public string? RequestId { get; private set; }

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        Response.StatusCode = status ?? StatusCodes.Status500InternalServerError;
        (Title, Explanation) = status switch
        {
            StatusCodes.Status404NotFound => ("Not found", "There is nothing here, or it is outside what your unit may see."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your role does not allow this."),
            StatusCodes.Status400BadRequest => ("The request was not accepted", "The form may have expired. Go back, reload the page and try again."),
            _ => (Title, Explanation),
        };
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
