using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Domain.Watchlists;
using Portcullis.Features;
using Portcullis.Features.Screening;
using Portcullis.Hosting;

namespace Portcullis.Pages.Watchlists;

/// <summary>Uploads a list file: the first version of a new list, or the next version of <see cref="ListId"/>.</summary>
[Authorize(Policy = Policies.ManageWatchlists)]
public sealed class ImportModel(ImportWatchlist.Handler import, GetWatchlist.Handler getWatchlist) : PageModel
{
    /// <summary>Lists are files of a few megabytes (the UN list is about 2 MB, OFAC's SDN about 4 MB).</summary>
    private const long MaxFileBytes = 64L * 1024 * 1024;

    [BindProperty(SupportsGet = true, Name = "list")]
    public Guid? ListId { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public WatchlistSubject Subject { get; set; } = WatchlistSubject.Persons;

    [BindProperty]
    public WatchlistSeverity Severity { get; set; } = WatchlistSeverity.High;

    [BindProperty]
    public List<string> SharedWith { get; set; } = [];

    [BindProperty]
    public string? Description { get; set; }

    public string? ListName { get; private set; }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadListAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadListAsync(cancellationToken) is { } failure)
        {
            return failure;
        }

        if (Upload is null || Upload.Length == 0 || Upload.Length > MaxFileBytes)
        {
            return Refuse([new Problem("file", "empty", "Choose a list file to import.")]);
        }

        byte[] content;
        await using (var stream = Upload.OpenReadStream())
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        var meta = ListId is null ? new ImportWatchlist.NewWatchlist(Name, Subject, Severity, SharedWith, Description) : null;
        var outcome = await import.HandleAsync(new ImportWatchlist.Command(content, Upload.FileName, ListId, meta), cancellationToken);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                var result = outcome.Value!;
                TempData["Done"] = result.Unchanged
                    ? "The file changes nothing: no new version was made."
                    : "The list was imported; travellers still due are being screened against it.";
                return Redirect($"/watchlists/{result.WatchlistId}/versions/{result.Version}");
            case OutcomeKind.Invalid:
                return Refuse(outcome.Problems);
            default:
                return OutcomePages.Failure(outcome);
        }
    }

    private PageResult Refuse(IReadOnlyList<Problem> problems)
    {
        Problems = problems;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadListAsync(CancellationToken cancellationToken)
    {
        if (ListId is not { } id)
        {
            return null;
        }

        var outcome = await getWatchlist.HandleAsync(new GetWatchlist.Query(id), cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        if (!outcome.Value!.MayImport)
        {
            return new StatusCodeResult(StatusCodes.Status403Forbidden);
        }

        ListName = outcome.Value.Watchlist.Name;
        return null;
    }
}
