using System.Text;
using Portcullis.Formats.Cargo;
using Portcullis.Formats.Watchlists;

namespace Portcullis.Formats.CargoCsv;

/// <summary>
/// Reads the CSV manifest template (docs/formats/cargo-csv.md) that units receive as spreadsheets: a
/// header row naming the columns, then one goods item a row. Rows with the same voyage fields form one
/// manifest (a message); within it, rows with the same bl_number form one consignment, whose parties,
/// route and terms are taken from its first row (a later row that differs is warned about). Never
/// throws on content: every problem is a diagnostic with its Line and Field.
/// </summary>
public static class CargoCsvReader
{
    public const string Format = "CSV";

    public static CargoDocument Read(Stream stream)
    {
        var document = new CargoDocument { Format = Format };
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var csv = new CsvRecordReader(text, document.Diagnostics, "manifest");
        var header = csv.Read();
        if (header is null)
        {
            document.Diagnostics.Add(new Diagnostic(Severity.Error, "cargo-csv.empty", "the file is empty: a header row is required", Line: 1));
            return document;
        }

        var columns = ReadHeader(header, document.Diagnostics);
        if (columns is null)
        {
            return document;
        }

        var messages = new Dictionary<string, CargoMessage>(StringComparer.Ordinal);
        var consignments = new Dictionary<(CargoMessage, string), ConsignmentBuilder>();
        foreach (var record in csv.ReadAll())
        {
            if (record.Damaged)
            {
                continue;
            }

            var row = new CargoCsvRow(record, columns, document.Diagnostics);
            if (record.Fields.Count != header.Fields.Count)
            {
                row.Warn("cargo-csv.field-count", null, $"{record.Fields.Count} fields where the header has {header.Fields.Count}; missing ones read as empty, extra ones ignored");
            }

            var blNumber = row.Code("bl_number");
            if (blNumber is null)
            {
                row.Error("cargo-csv.missing-bl-number", "bl_number", "has no value; the row is not read");
                continue;
            }

            var message = MessageFor(row, messages, document);
            if (!consignments.TryGetValue((message, blNumber), out var builder))
            {
                builder = new ConsignmentBuilder(row, blNumber);
                consignments.Add((message, blNumber), builder);
                message.Consignments.Add(builder.Consignment);
            }
            else
            {
                builder.CheckSameAsFirst(row);
            }

            builder.AddGoods(row);
        }

        foreach (var builder in consignments.Values)
        {
            builder.Totalize();
        }

        return document;
    }

    /// <summary>The message of the row's voyage, made on its first row.</summary>
    private static CargoMessage MessageFor(CargoCsvRow row, Dictionary<string, CargoMessage> messages, CargoDocument document)
    {
        var key = string.Join('\u001F', CargoCsvColumns.Manifest.Select(c => row.Text(c) ?? ""));
        if (messages.TryGetValue(key, out var message))
        {
            return message;
        }

        message = new CargoMessage
        {
            Type = Format,
            Reference = row.Text("manifest_reference"),
            Sender = row.Text("sender"),
            Voyage = ReadVoyage(row),
        };
        messages.Add(key, message);
        document.Messages.Add(message);
        return message;
    }

    private static Voyage? ReadVoyage(CargoCsvRow row)
    {
        var voyage = new Voyage
        {
            VesselName = row.Text("vessel_name"),
            ImoNumber = ImoNumber(row),
            CallSign = row.Code("call_sign"),
            Carrier = row.Code("carrier"),
            CarrierName = row.Text("carrier_name"),
            VoyageNumber = row.Text("voyage_number"),
            PortOfCall = row.Location("port_of_call", port: true),
            LastPort = row.Location("last_port", port: true),
            NextPort = row.Location("next_port", port: true),
            Arrival = row.DateTime("arrival"),
            Departure = row.DateTime("departure"),
        };
        return voyage is { VesselName: null, ImoNumber: null, CallSign: null, Carrier: null, CarrierName: null, VoyageNumber: null, PortOfCall: null, LastPort: null, NextPort: null, Arrival: null, Departure: null }
            ? null
            : voyage;
    }

    /// <summary>Seven digits ("IMO" prefix dropped); a wrong check digit is a warning, the number is kept.</summary>
    private static string? ImoNumber(CargoCsvRow row)
    {
        var text = row.Code("imo_number");
        if (text is null)
        {
            return null;
        }

        var digits = text.StartsWith("IMO", StringComparison.Ordinal) ? text[3..] : text;
        if (digits.Length != 7 || !digits.All(char.IsAsciiDigit))
        {
            row.Warn("cargo-csv.bad-imo", "imo_number", $"'{text}' is not an IMO number (7 digits); kept as sent");
            return text;
        }

        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += (digits[i] - '0') * (7 - i);
        }

        if (sum % 10 != digits[6] - '0')
        {
            row.Warn("cargo-csv.imo-check-digit", "imo_number", $"{digits}: the check digit is wrong; kept as sent");
        }

        return digits;
    }

    /// <summary>The header's columns by name, or null when bl_number is missing (nothing can be grouped then).</summary>
    private static Dictionary<string, int>? ReadHeader(CsvRecord header, List<Diagnostic> diagnostics)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().TrimStart('\uFEFF').ToLowerInvariant();
            if (!CargoCsvColumns.All.Contains(name, StringComparer.Ordinal))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, "cargo-csv.unknown-column", $"column '{name}' is not in the template; ignored", Line: header.Line, Field: name));
            }
            else if (!columns.TryAdd(name, i))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, "cargo-csv.duplicate-column", $"column '{name}' appears twice; the first is read", Line: header.Line, Field: name));
            }
        }

        if (!columns.ContainsKey("bl_number"))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "cargo-csv.missing-column", "the header has no bl_number column; nothing is read", Line: header.Line, Field: "bl_number"));
            return null;
        }

        return columns;
    }
}
