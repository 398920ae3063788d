namespace Portcullis.Formats.Edifact;

/// <summary>
/// The service characters of an interchange (ISO 9735 part 1, section 7): set by a UNA service string
/// advice, or the defaults when there is none. The repetition separator is not split on: neither PAXLST
/// nor PNRGOV uses repeating elements, and senders routinely put '*' in identifiers ("APIS*ABE").
/// </summary>
public readonly record struct EdifactDelimiters(byte Component, byte Element, byte DecimalMark, byte? Release, byte Terminator)
{
    public static EdifactDelimiters Default { get; } = new((byte)':', (byte)'+', (byte)'.', (byte)'?', (byte)'\'');

    public override string ToString() =>
        $"component '{(char)Component}', element '{(char)Element}', release '{(Release is { } r ? ((char)r).ToString() : "none")}', terminator '{(char)Terminator}'";
}
