using Microsoft.Extensions.Localization;

// The executable's assembly is named "portcullis" but its root namespace, the prefix under which
// MSBuild embeds Resources/SharedResource.<language>.resx, is "Portcullis". Without this attribute
// the localizer derives the resource name from the assembly name, finds nothing, and every page
// stays in English.
[assembly: RootNamespace("Portcullis")]

namespace Portcullis;

/// <summary>
/// The anchor of the UI text: <c>IStringLocalizer&lt;SharedResource&gt;</c> reads
/// <c>Resources/SharedResource.&lt;language&gt;.resx</c>. The English text is the key.
/// </summary>
public sealed class SharedResource
{
    private SharedResource()
    {
    }
}
