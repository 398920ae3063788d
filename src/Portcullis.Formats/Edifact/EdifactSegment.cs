namespace Portcullis.Formats.Edifact;

/// <summary>
/// One segment, with release characters removed: its tag, its data elements (each a list of
/// components), its position in the file and the byte offset of its first character.
/// </summary>
public sealed class EdifactSegment(string tag, string[][] elements, int number, long offset)
{
    private static readonly string[] NoComponents = [];

    public string Tag { get; } = tag;

    /// <summary>Data elements after the tag; element 0 is the first after the tag.</summary>
    public IReadOnlyList<string[]> Elements { get; } = elements;

    /// <summary>1-based position of the segment in the file (UNA is not counted).</summary>
    public int Number { get; } = number;

    public long Offset { get; } = offset;

    /// <summary>The component, or "" when the sender left it out.</summary>
    public string this[int element, int component = 0] =>
        element < Elements.Count && component < Elements[element].Length ? Elements[element][component] : "";

    public string[] Components(int element) => element < Elements.Count ? Elements[element] : NoComponents;

    /// <summary>The element's components joined back with ':' for display and free text.</summary>
    public string Text(int element) => string.Join(':', Components(element));

    public Diagnostic Problem(Severity severity, string code, string message) => new(severity, code, message, Number, Tag, Offset);

    public override string ToString() => Tag + string.Concat(Elements.Select(e => "+" + string.Join(':', e)));
}
