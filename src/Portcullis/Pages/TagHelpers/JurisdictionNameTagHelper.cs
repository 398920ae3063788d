using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using Portcullis.Domain.Reference;

namespace Portcullis.Pages.TagHelpers;

/// <summary>
/// <c>&lt;jurisdiction-name code="XK" /&gt;</c> writes a jurisdiction's name in the reader's
/// language; Kosovo* gets its asterisk, and the page its footnote. Accepts any code the catalogue
/// resolves (XK, RKS, RSPRN...).
/// </summary>
[HtmlTargetElement("jurisdiction-name", Attributes = "code", TagStructure = TagStructure.WithoutEndTag)]
public sealed class JurisdictionNameTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    public string? Code { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var jurisdiction = string.IsNullOrEmpty(Code) ? null : ReferenceCatalog.Default.ResolveJurisdiction(Code);
        if (jurisdiction is null)
        {
            output.Content.SetContent(Code ?? string.Empty);
            return;
        }

        var name = text[jurisdiction.Name].Value;
        if (jurisdiction.RequiresUnscr1244Footnote)
        {
            name += "*";
            Unscr1244Footnote.MarkNeeded(ViewContext.HttpContext);
        }

        output.Content.SetContent(name);
    }
}
