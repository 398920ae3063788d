using System.Globalization;
using System.Text;

namespace Portcullis.Matching.Documents;

/// <summary>
/// Reads a machine-readable zone (ICAO Doc 9303): TD3 passports (2 x 44), TD1 identity cards
/// (3 x 30) and TD2 cards (2 x 36). The text may come from OCR or a clerk: lines are trimmed, a zone
/// written on one line is cut by its length, and a line of the wrong length is padded or cut so that
/// the fields are still read, with a diagnostic to say so.
/// </summary>
public static class Mrz
{
    public static MrzResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<MrzDiagnostic>();
        var lines = Lines(text, diagnostics);
        var format = Recognize(lines);
        if (format == MrzFormat.Unknown)
        {
            diagnostics.Add(new("format", $"{lines.Count.ToString(CultureInfo.InvariantCulture)} line(s) are not a TD1 (3 x 30), TD2 (2 x 36) or TD3 (2 x 44) zone."));
            return new MrzResult { Diagnostics = diagnostics };
        }

        var width = format switch
        {
            MrzFormat.Td1 => 30,
            MrzFormat.Td2 => 36,
            _ => 44,
        };
        var fitted = lines.Select((line, i) => Fit(line, i + 1, width, diagnostics)).ToArray();
        return format == MrzFormat.Td1 ? ReadTd1(fitted, diagnostics) : ReadTwoLines(format, fitted, diagnostics);
    }

    // TD2 and TD3 share one layout: line 1 type, state and name; line 2 number, nationality, birth,
    // sex, expiry, optional data and the composite check; only the widths of name and optional data differ.
    private static MrzResult ReadTwoLines(MrzFormat format, string[] lines, List<MrzDiagnostic> diagnostics)
    {
        var (top, bottom) = (lines[0], lines[1]);
        var width = bottom.Length;
        var (surname, given) = Name(top[5..]);
        var optional = bottom[28..(width - 1)];
        var (number, numberValid, rest) = Number(bottom[..9], bottom[9], format == MrzFormat.Td2 ? optional : null);
        if (format == MrzFormat.Td3)
        {
            // The personal number's check digit may be a filler when there is no personal number.
            var personal = bottom[28..42];
            var personalCheck = bottom[42];
            var blank = personal.All(c => c == '<') && personalCheck is '<' or '0';
            if (!blank && !MrzCheckDigit.IsValid(personal, personalCheck))
            {
                diagnostics.Add(new("check-digit", "The check digit of the personal number (line 2, position 43) does not match."));
            }
        }

        return new MrzResult
        {
            Format = format,
            DocumentType = Text(top[..2]),
            IssuingState = Text(top[2..5]),
            Surname = surname,
            GivenNames = given,
            DocumentNumber = number,
            Nationality = Text(bottom[10..13]),
            BirthDate = Date(bottom[13..19], "birth", diagnostics),
            Sex = Sex(bottom[20], diagnostics),
            ExpiryDate = Date(bottom[21..27], "expiry", diagnostics),
            OptionalData = Text(format == MrzFormat.Td3 ? bottom[28..42] : rest),
            DocumentNumberCheckValid = numberValid,
            BirthDateCheckValid = MrzCheckDigit.IsValid(bottom.AsSpan(13, 6), bottom[19]),
            ExpiryDateCheckValid = MrzCheckDigit.IsValid(bottom.AsSpan(21, 6), bottom[27]),
            CompositeCheckValid = MrzCheckDigit.IsValid(bottom[..10] + bottom[13..20] + bottom[21..(width - 1)], bottom[width - 1]),
            Diagnostics = diagnostics,
        };
    }

    private static MrzResult ReadTd1(string[] lines, List<MrzDiagnostic> diagnostics)
    {
        var (top, middle, bottom) = (lines[0], lines[1], lines[2]);
        var (surname, given) = Name(bottom);
        var (number, numberValid, rest) = Number(top[5..14], top[14], top[15..30]);
        return new MrzResult
        {
            Format = MrzFormat.Td1,
            DocumentType = Text(top[..2]),
            IssuingState = Text(top[2..5]),
            Surname = surname,
            GivenNames = given,
            DocumentNumber = number,
            Nationality = Text(middle[15..18]),
            BirthDate = Date(middle[..6], "birth", diagnostics),
            Sex = Sex(middle[7], diagnostics),
            ExpiryDate = Date(middle[8..14], "expiry", diagnostics),
            OptionalData = string.Join(' ', new[] { Text(rest), Text(middle[18..29]) }.Where(s => s.Length > 0)),
            DocumentNumberCheckValid = numberValid,
            BirthDateCheckValid = MrzCheckDigit.IsValid(middle.AsSpan(0, 6), middle[6]),
            ExpiryDateCheckValid = MrzCheckDigit.IsValid(middle.AsSpan(8, 6), middle[14]),
            CompositeCheckValid = MrzCheckDigit.IsValid(top[5..30] + middle[..7] + middle[8..15] + middle[18..29], middle[29]),
            Diagnostics = diagnostics,
        };
    }

    // A number longer than nine characters (TD1, TD2: Doc 9303 part 5, 4.2.4 note j) puts a filler
    // where its check digit would be; the rest of the number follows in the optional data, then its
    // check digit, then a filler. The check digit covers the whole number.
    private static (string Number, bool Valid, string RestOfOptional) Number(string first9, char check, string? optional)
    {
        if (check == '<' && optional is { Length: > 0 } && optional[0] != '<')
        {
            var end = optional.IndexOf('<', StringComparison.Ordinal);
            if (end < 0)
            {
                end = optional.Length;
            }

            if (end >= 2)
            {
                var whole = first9 + optional[..(end - 1)];
                return (Text(whole), MrzCheckDigit.IsValid(whole, optional[end - 1]), optional[end..]);
            }
        }

        return (Text(first9), MrzCheckDigit.IsValid(first9, check), optional ?? "");
    }

    // Surname, then "<<", then given names separated by single fillers.
    private static (string Surname, string Given) Name(string field)
    {
        var split = field.IndexOf("<<", StringComparison.Ordinal);
        return split < 0 ? (Text(field), "") : (Text(field[..split]), Text(field[(split + 2)..]));
    }

    private static MrzDate Date(string raw, string what, List<MrzDiagnostic> diagnostics)
    {
        var date = new MrzDate(raw, Part(raw, 0), Part(raw, 2), Part(raw, 4));
        if (date.Month is < 1 or > 12 || date.Day is < 1 or > 31)
        {
            diagnostics.Add(new("date", $"The {what} date {raw} has no such month or day."));
        }

        return date;
    }

    private static int? Part(string raw, int at) =>
        char.IsAsciiDigit(raw[at]) && char.IsAsciiDigit(raw[at + 1]) ? ((raw[at] - '0') * 10) + raw[at + 1] - '0' : null;

    private static string Sex(char c, List<MrzDiagnostic> diagnostics)
    {
        switch (c)
        {
            case 'M' or 'F' or 'X':
                return c.ToString();
            case '<':
                return "X";
            default:
                diagnostics.Add(new("sex", $"The sex is '{c}', not M, F or '<'."));
                return c.ToString();
        }
    }

    // Fillers become spaces; runs of them collapse to one.
    private static string Text(string field)
    {
        var result = new StringBuilder(field.Length);
        foreach (var c in field)
        {
            if (c != '<')
            {
                result.Append(c);
            }
            else if (result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().TrimEnd();
    }

    private static List<string> Lines(string text, List<MrzDiagnostic> diagnostics)
    {
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Any(char.IsWhiteSpace))
            {
                diagnostics.Add(new("whitespace", $"Line {(lines.Count + 1).ToString(CultureInfo.InvariantCulture)} has spaces inside; they were removed."));
                line = string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
            }

            lines.Add(line);
        }

        // A zone pasted as one line: cut it by its length.
        if (lines.Count == 1)
        {
            var line = lines[0];
            var width = line.Length switch
            {
                88 => 44,
                72 => 36,
                90 => 30,
                _ => 0,
            };
            if (width > 0)
            {
                return [.. line.Chunk(width).Select(chunk => new string(chunk))];
            }
        }

        return lines;
    }

    private static MrzFormat Recognize(List<string> lines) => lines.Count switch
    {
        3 => MrzFormat.Td1,
        2 => lines.Max(l => l.Length) >= 40 ? MrzFormat.Td3 : MrzFormat.Td2,
        _ => MrzFormat.Unknown,
    };

    private static string Fit(string line, int number, int width, List<MrzDiagnostic> diagnostics)
    {
        var which = number.ToString(CultureInfo.InvariantCulture);
        if (line.Length != width)
        {
            diagnostics.Add(new("line-length", $"Line {which} has {line.Length.ToString(CultureInfo.InvariantCulture)} characters, not {width.ToString(CultureInfo.InvariantCulture)}."));
            line = line.Length < width ? line.PadRight(width, '<') : line[..width];
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c) && c != '<')
            {
                diagnostics.Add(new("character", $"Line {which}, position {(i + 1).ToString(CultureInfo.InvariantCulture)}: '{c}' is not a digit, an upper-case letter or '<'."));
            }
        }

        return line;
    }
}
