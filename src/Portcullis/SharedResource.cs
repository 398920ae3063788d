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
