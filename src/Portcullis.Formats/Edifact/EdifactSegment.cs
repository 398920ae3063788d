namespace Portcullis.Formats.Edifact;

/// <summary>
/// One segment, with release characters removed: its tag, its data elements (each a list of
/// components), its position in the file and the byte offset of its first character. The components
/// of all elements are kept in one array, element after element, with where each element starts: two
/// allocations per segment instead of one per element, on the path every byte of a message takes.
/// </summary>
public sealed class EdifactSegment
{
    private readonly string[] _components;
    private readonly int[] _starts;
    private IReadOnlyList<string[]>? _elements;

    /// <param name="elements">Data elements after the tag, each a list of components.</param>
    public EdifactSegment(string tag, string[][] elements, int number, long offset)
        : this(tag, [.. elements.SelectMany(e => e)], Starts(elements), number, offset)
    {
    }

    /// <param name="components">The components of every element, in order.</param>
    /// <param name="starts">Where each element's components start in <paramref name="components"/>, then their count.</param>
    internal EdifactSegment(string tag, string[] components, int[] starts, int number, long offset)
    {
        Tag = tag;
        _components = components;
        _starts = starts;
        Number = number;
        Offset = offset;
    }

    public string Tag { get; }

    /// <summary>How many data elements follow the tag.</summary>
    public int ElementCount => _starts.Length - 1;

    /// <summary>Data elements after the tag; element 0 is the first after the tag.</summary>
    public IReadOnlyList<string[]> Elements => _elements ??= [.. Enumerable.Range(0, ElementCount).Select(e => Components(e).ToArray())];

    /// <summary>1-based position of the segment in the file (UNA is not counted).</summary>
    public int Number { get; }

    public long Offset { get; }

    /// <summary>The component, or "" when the sender left it out.</summary>
    public string this[int element, int component = 0] =>
        element < ElementCount && component < _starts[element + 1] - _starts[element] ? _components[_starts[element] + component] : "";

    public ArraySegment<string> Components(int element) =>
        element < ElementCount ? new ArraySegment<string>(_components, _starts[element], _starts[element + 1] - _starts[element]) : ArraySegment<string>.Empty;

    /// <summary>The element's components joined back with ':' for display and free text.</summary>
    public string Text(int element) => string.Join(':', (ReadOnlySpan<string?>)Components(element).AsSpan());

    public Diagnostic Problem(Severity severity, string code, string message) => new(severity, code, message, Number, Tag, Offset);

    public override string ToString() => Tag + string.Concat(Enumerable.Range(0, ElementCount).Select(e => "+" + Text(e)));

    private static int[] Starts(string[][] elements)
    {
        var starts = new int[elements.Length + 1];
        for (var e = 0; e < elements.Length; e++)
        {
            starts[e + 1] = starts[e] + elements[e].Length;
        }

        return starts;
    }
}
