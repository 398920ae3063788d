using System.Xml;

namespace Portcullis.Formats.CargoXml;

/// <summary>
/// One element of a Cargo-XML message, with the line it starts on. Waybills are a few kilobytes, so the
/// reader streams the file once into these small nodes and the mapping walks them by name; an XML error
/// stops the stream but keeps every element read before it.
/// </summary>
internal sealed class XmlElementNode(string localName, string ns, int line)
{
    public string LocalName { get; } = localName;

    public string Namespace { get; } = ns;

    public int Line { get; } = line;

    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    public List<XmlElementNode> Children { get; } = [];

    public string? Text { get; set; }

    public XmlElementNode? Child(string name) => Children.Find(c => string.Equals(c.LocalName, name, StringComparison.Ordinal));

    public IEnumerable<XmlElementNode> All(string name) => Children.Where(c => string.Equals(c.LocalName, name, StringComparison.Ordinal));

    /// <summary>The trimmed text of the element at the path of child names, or null when absent or empty.</summary>
    public string? Value(params string[] path)
    {
        var node = this;
        foreach (var name in path)
        {
            node = node.Child(name);
            if (node is null)
            {
                return null;
            }
        }

        var text = node.Text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public XmlElementNode? Path(params string[] path)
    {
        var node = this;
        foreach (var name in path)
        {
            node = node?.Child(name);
        }

        return node;
    }

    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// Streams the document into nodes. DTDs are refused and no external resource is resolved (a waybill
    /// never needs one, and entity expansion is the classic way to hang or exfiltrate from a parser).
    /// </summary>
    public static XmlElementNode? Load(Stream stream, List<Diagnostic> diagnostics)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
            MaxCharactersInDocument = 64L * 1024 * 1024,
        };

        XmlElementNode? root = null;
        var open = new Stack<XmlElementNode>();
        using var reader = XmlReader.Create(stream, settings);
        var lineInfo = (IXmlLineInfo)reader;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var node = new XmlElementNode(reader.LocalName, reader.NamespaceURI, lineInfo.LineNumber);
                        if (reader.HasAttributes)
                        {
                            while (reader.MoveToNextAttribute())
                            {
                                node.Attributes[reader.LocalName] = reader.Value;
                            }

                            reader.MoveToElement();
                        }

                        if (open.TryPeek(out var parent))
                        {
                            parent.Children.Add(node);
                        }
                        else
                        {
                            root ??= node;
                        }

                        if (!reader.IsEmptyElement)
                        {
                            open.Push(node);
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                        if (open.TryPeek(out var current))
                        {
                            current.Text += reader.Value;
                        }

                        break;
                    case XmlNodeType.EndElement:
                        open.TryPop(out _);
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            // Some errors (a refused DTD) carry no position: the reader's own is the nearest.
            var line = e.LineNumber > 0 ? e.LineNumber : lineInfo.LineNumber;
            diagnostics.Add(new Diagnostic(Severity.Error, "cargo.xml-syntax", e.Message, Line: line > 0 ? line : null, Field: open.TryPeek(out var at) ? at.LocalName : "(document)"));
        }

        return root;
    }
}
