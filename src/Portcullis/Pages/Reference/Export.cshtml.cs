using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Domain.Reference;
using Portcullis.Features.Reference;

namespace Portcullis.Pages.Reference;

public sealed class ExportModel : PageModel
{
    public IActionResult OnGet(string table) =>
        ExportReferenceData.ToCsv(table, ReferenceCatalog.Default) is { } csv
            ? File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", $"portcullis-{table}.csv")
            : NotFound();
}
