using Microsoft.AspNetCore.Mvc;
using Portcullis.Features;

namespace Portcullis.Pages;

/// <summary>
/// A failed outcome as a page answer: 404 and 403 go to the error page with their status (the
/// person sees "not found" or "not allowed"; a test sees the code).
/// </summary>
internal static class OutcomePages
{
    public static IActionResult Failure<T>(Outcome<T> outcome) => outcome.Kind switch
    {
        OutcomeKind.NotFound => new NotFoundResult(),
        OutcomeKind.Forbidden => new StatusCodeResult(StatusCodes.Status403Forbidden),
        OutcomeKind.Invalid => new BadRequestResult(),
        _ => throw new InvalidOperationException("Not a failure."),
    };
}
