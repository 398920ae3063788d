using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portcullis.Data.Scoping;
using Portcullis.Domain.Auditing;
using Portcullis.Features.Audit;

namespace Portcullis.Pages.Audit;

public sealed class IndexModel(ListAuditEntries.Handler listEntries, VerifyAuditChain.Handler verifyChain, IAccessScopeSource scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public long? NextBefore { get; private set; }

    public VerifyAuditChain.Result? Verification { get; private set; }

    public bool SeesEverything => scope.Current.Level == ScopeLevel.Everything;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        var outcome = await verifyChain.HandleAsync(cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Verification = outcome.Value;
        return await ShowAsync(cancellationToken);
    }

    public string OlderLink()
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["action"] = Action,
            ["actor"] = Actor,
            ["subject"] = Subject,
            ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["before"] = NextBefore?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/audit", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var outcome = await listEntries.HandleAsync(
            new ListAuditEntries.Query(
                Action,
                Actor,
                Subject,
                From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                Before),
            cancellationToken);
        if (!outcome.IsOk)
        {
            return OutcomePages.Failure(outcome);
        }

        Entries = outcome.Value!.Entries;
        NextBefore = outcome.Value.NextBefore;
        return Page();
    }
}
