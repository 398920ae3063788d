using System.Text;
using System.Text.Unicode;

namespace Portcullis.Formats.Edifact;

/// <summary>
/// Maps the syntax identifier of UNB (ISO 9735 character repertoires UNOA to UNOY, and IATA's own
/// IATA/IATB used by PNRGOV) to the encoding that decodes its bytes. Level A and B are ASCII subsets,
/// but real senders put UTF-8 names in them, so those are read as UTF-8 and, where the bytes are not
/// valid UTF-8, as Windows-1250, the code page of the region's Latin-script systems (Š, Đ, Č, Ć, Ž,
/// Ë, Ç): a name is never dropped for its encoding, and the raw bytes stay stored beside it.
/// </summary>
public static class EdifactCharacterSets
{
    private static readonly Encoding Fallback = CreateFallback();

    private static Encoding CreateFallback()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1250);
    }

    /// <summary>The decoder for a syntax identifier; null for the tolerant UTF-8-then-Latin-1 reading.</summary>
    public static Encoding? EncodingFor(string syntaxIdentifier, out bool known)
    {
        known = true;
        return syntaxIdentifier switch
        {
            "UNOA" or "UNOB" or "IATA" or "IATB" or "UNOW" or "UNOY" => null,
            "UNOC" => Encoding.Latin1,
            "UNOD" => Get("iso-8859-2"),
            "UNOE" => Get("iso-8859-5"),
            "UNOF" => Get("iso-8859-7"),
            "UNOG" => Get("iso-8859-3"),
            "UNOH" => Get("iso-8859-4"),
            "UNOI" => Get("iso-8859-6"),
            "UNOJ" => Get("iso-8859-8"),
            "UNOK" => Get("iso-8859-9"),
            // UNOX is ISO 2022 with code extension: in practice UTF-8 or plain ASCII arrives.
            "UNOX" => null,
            _ => Unknown(out known),
        };
    }

    private static Encoding Get(string name)
    {
        _ = Fallback; // registers the code-page provider first
        return Encoding.GetEncoding(name);
    }

    private static Encoding? Unknown(out bool known)
    {
        known = false;
        return null;
    }

    /// <summary>Decodes with the given encoding, or tolerantly when it is null.</summary>
    public static string Decode(Encoding? encoding, ReadOnlySpan<byte> bytes, ref bool sawInvalidUtf8)
    {
        if (bytes.IsEmpty)
        {
            return "";
        }

        if (encoding is not null)
        {
            return encoding.GetString(bytes);
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        sawInvalidUtf8 = true;
        return Fallback.GetString(bytes);
    }
}
