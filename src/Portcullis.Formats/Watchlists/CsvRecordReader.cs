using System.Text;

namespace Portcullis.Formats.Watchlists;

/// <summary>One record of a CSV file and the line it starts on (1-based; a quoted field may span lines).</summary>
/// <param name="Damaged">True when the record ran into the end of the file inside quotes: its last field swallowed the rest.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool Damaged);

/// <summary>
/// RFC 4180 CSV: fields separated by commas, records by CRLF, LF or CR; a field in double quotes may hold
/// commas, line breaks and doubled quotes. Lenient where files in the wild are not (a quote inside an
/// unquoted field, text after a closing quote): such text is kept and a warning placed on its line.
/// Blank lines and the DOS end-of-file mark (0x1A) that ends OFAC's files are skipped. Never throws on content.
/// </summary>
public sealed class CsvRecordReader(TextReader reader, List<Diagnostic> diagnostics, string fileLabel)
{
    private const char EndOfFileMark = '\u001A';

    private readonly TextReader _reader = reader;
    private readonly List<Diagnostic> _diagnostics = diagnostics;
    private readonly string _fileLabel = fileLabel;
    private readonly StringBuilder _field = new();
    private int _line = 1;

    public IEnumerable<CsvRecord> ReadAll()
    {
        while (Read() is { } record)
        {
            yield return record;
        }
    }

    /// <summary>The next record that holds anything, or null at the end of the file.</summary>
    public CsvRecord? Read()
    {
        while (true)
        {
            var record = ReadRecord();
            if (record is null)
            {
                return null;
            }

            if (record.Fields.Count > 1 || record.Fields[0].Trim().Trim(EndOfFileMark).Length > 0)
            {
                return record;
            }
        }
    }

    private CsvRecord? ReadRecord()
    {
        if (_reader.Peek() < 0)
        {
            return null;
        }

        var start = _line;
        var fields = new List<string>();
        var damaged = false;
        var warned = false;
        while (true)
        {
            _field.Clear();
            if (_reader.Peek() == '"')
            {
                _reader.Read();
                damaged = !ReadQuoted();
                if (!damaged && !AtFieldEnd())
                {
                    Warn(ref warned, start, fields.Count, "csv.text-after-quote", "text after a closing quote; kept with the field");
                    ReadUnquoted(start, fields.Count, ref warned);
                }
            }
            else
            {
                ReadUnquoted(start, fields.Count, ref warned);
            }

            fields.Add(_field.ToString());
            if (damaged)
            {
                _diagnostics.Add(new Diagnostic(Severity.Error, "csv.unterminated-quote",
                    $"{_fileLabel}: a quoted field opened on this line is never closed; the record is not read", Line: start));
                return new CsvRecord(start, fields, Damaged: true);
            }

            var next = _reader.Read();
            if (next == ',')
            {
                continue;
            }

            if (next == '\r' && _reader.Peek() == '\n')
            {
                _reader.Read();
            }

            if (next >= 0)
            {
                _line++;
            }

            return new CsvRecord(start, fields, Damaged: false);
        }
    }

    /// <summary>Reads up to the closing quote; false when the file ends first.</summary>
    private bool ReadQuoted()
    {
        while (true)
        {
            var c = _reader.Read();
            switch (c)
            {
                case < 0:
                    return false;
                case '"' when _reader.Peek() == '"':
                    _reader.Read();
                    _field.Append('"');
                    break;
                case '"':
                    return true;
                case '\n':
                    _line++;
                    _field.Append('\n');
                    break;
                case '\r':
                    if (_reader.Peek() != '\n')
                    {
                        _line++;
                    }

                    _field.Append('\r');
                    break;
                default:
                    _field.Append((char)c);
                    break;
            }
        }
    }

    private void ReadUnquoted(int recordLine, int fieldIndex, ref bool warned)
    {
        while (!AtFieldEnd())
        {
            var c = (char)_reader.Read();
            if (c == '"')
            {
                Warn(ref warned, recordLine, fieldIndex, "csv.stray-quote", "a double quote inside an unquoted field; kept as text");
            }

            _field.Append(c);
        }
    }

    private bool AtFieldEnd() => _reader.Peek() is < 0 or ',' or '\r' or '\n';

    /// <summary>One warning per record is enough to find it.</summary>
    private void Warn(ref bool warned, int line, int fieldIndex, string code, string message)
    {
        if (warned)
        {
            return;
        }

        warned = true;
        _diagnostics.Add(new Diagnostic(Severity.Warning, code, $"{_fileLabel}: field {fieldIndex + 1}: {message}", Line: line));
    }
}
