using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Portcullis.Formats.Watchlists;

/// <summary>
/// Reads the UN Security Council consolidated list (XML, CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL and
/// ENTITIES/ENTITY). Streams the file: only one INDIVIDUAL or ENTITY is held as a tree at a time.
/// Broken XML ends the reading with an error placed on its line; the entries before it are kept.
/// </summary>
public static class UnConsolidatedListReader
{
    public const string Source = "UN-SC";

    private static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    public static WatchlistDocument Read(Stream stream)
    {
        var entries = new List<WatchlistEntry>();
        var diagnostics = new List<Diagnostic>();
        DateTimeOffset? generatedAt = null;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };

        using var xml = XmlReader.Create(stream, settings);
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "CONSOLIDATED_LIST")
            {
                diagnostics.Add(new Diagnostic(Severity.Error, "un.not-consolidated-list",
                    $"the root element is {xml.LocalName}, not CONSOLIDATED_LIST: not a UN consolidated list", Line: LineOf(xml)));
                return new WatchlistDocument(Source, null, entries, diagnostics);
            }

            generatedAt = ReadGeneratedAt(xml, diagnostics);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "INDIVIDUAL" or "ENTITY")
                {
                    XElement element;
                    using (var subtree = xml.ReadSubtree())
                    {
                        element = XElement.Load(subtree, LoadOptions.SetLineInfo);
                    }

                    if (ReadEntry(element, diagnostics) is { } entry)
                    {
                        entries.Add(entry);
                    }
                }
            }
        }
        catch (XmlException e)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "un.xml-invalid",
                $"the XML is broken here ({e.Message}); {entries.Count.ToString(CultureInfo.InvariantCulture)} entries before it were read", Line: e.LineNumber));
        }

        return new WatchlistDocument(Source, generatedAt, entries, diagnostics);
    }

    private static DateTimeOffset? ReadGeneratedAt(XmlReader xml, List<Diagnostic> diagnostics)
    {
        var value = xml.GetAttribute("dateGenerated");
        if (value is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }

        diagnostics.Add(new Diagnostic(Severity.Warning, "un.bad-date", $"dateGenerated '{value}' is not a date", Line: LineOf(xml), Field: "dateGenerated"));
        return null;
    }

    private static WatchlistEntry? ReadEntry(XElement element, List<Diagnostic> diagnostics)
    {
        var isPerson = element.Name.LocalName == "INDIVIDUAL";
        var line = LineOf(element);
        var id = Text(element, "REFERENCE_NUMBER");
        if (id is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "un.no-reference", $"{element.Name.LocalName} without REFERENCE_NUMBER (DATAID {Text(element, "DATAID") ?? "none"}); not read", Line: line, Field: "REFERENCE_NUMBER"));
            return null;
        }

        var entry = new WatchlistEntryBuilder(id, isPerson ? WatchlistSubjectKind.Person : WatchlistSubjectKind.Organisation)
        {
            Reason = Text(element, "UN_LIST_TYPE"),
            ListedOn = PartialDates.ParseDay(Text(element, "LISTED_ON")),
        };

        AddPrimaryName(element, entry, isPerson);
        if (!entry.HasName)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "un.no-name", $"{id} has no name; not read", Line: line, Field: "FIRST_NAME"));
            return null;
        }

        entry.AddName(Text(element, "NAME_ORIGINAL_SCRIPT"), WatchlistNameQuality.OriginalScript);
        foreach (var alias in element.Elements(isPerson ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"))
        {
            entry.AddName(Text(alias, "ALIAS_NAME"), AliasQuality(Text(alias, "QUALITY")));
        }

        if (isPerson)
        {
            entry.Sex = Text(element, "GENDER") switch
            {
                "Male" => "M",
                "Female" => "F",
                _ => null,
            };
            ReadBirthDates(element, entry, diagnostics);
            ReadNationalities(element, entry, diagnostics);
            ReadDocuments(element, entry, diagnostics);
            foreach (var place in element.Elements("INDIVIDUAL_PLACE_OF_BIRTH"))
            {
                entry.AddPlaceOfBirth(JoinParts(place, "STREET", "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE"));
            }
        }

        foreach (var address in element.Elements(isPerson ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS"))
        {
            if (ReadAddress(address) is { } read)
            {
                entry.AddAddress(read);
            }
        }

        AddValues(element, "TITLE", "Title", entry);
        AddValues(element, "DESIGNATION", "Designation", entry);
        entry.AddRemark(Text(element, "COMMENTS1"));
        return entry.Build();
    }

    /// <summary>
    /// The full name is FIRST_NAME to FOURTH_NAME in order. The UN does not say which part is the family
    /// name: for most people with two parts the second is (ERIC BADEGE), but with three or four parts the
    /// later ones are usually father's and grandfather's names (Arabic nasab), so given and family names
    /// are set only for exactly two parts, and then only as "probably": matchers should use the full name.
    /// </summary>
    private static void AddPrimaryName(XElement element, WatchlistEntryBuilder entry, bool isPerson)
    {
        var parts = NameParts.Select(p => WatchlistEntryBuilder.Clean(Text(element, p))).OfType<string>().ToList();
        if (parts.Count == 0)
        {
            return;
        }

        var full = string.Join(' ', parts);
        if (isPerson && parts.Count == 2)
        {
            entry.AddName(full, WatchlistNameQuality.Primary, givenName: parts[0], familyName: parts[1]);
        }
        else
        {
            entry.AddName(full, WatchlistNameQuality.Primary);
        }
    }

    /// <summary>"Good", "a.k.a." and "f.k.a." (former names) are strong; "Low" is what the UN itself calls weak.</summary>
    private static WatchlistNameQuality AliasQuality(string? quality) =>
        string.Equals(quality, "Low", StringComparison.OrdinalIgnoreCase) ? WatchlistNameQuality.WeakAlias : WatchlistNameQuality.Alias;

    private static void ReadBirthDates(XElement element, WatchlistEntryBuilder entry, List<Diagnostic> diagnostics)
    {
        foreach (var birth in element.Elements("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            var line = LineOf(birth);
            var note = Text(birth, "NOTE");
            var found = false;
            if (Text(birth, "DATE") is { } date)
            {
                found = PartialDates.TryParseIso(date, out var iso);
                if (found)
                {
                    entry.AddBirthDate(iso);
                }
                else
                {
                    Warn(diagnostics, "un.bad-date", $"{entry.ExternalId}: date of birth '{date}' is not a date; kept in the remarks", line, "DATE");
                    entry.AddRemark($"Date of birth: {date}");
                }
            }
            else if (Text(birth, "FROM_YEAR") is { } from && Text(birth, "TO_YEAR") is { } to)
            {
                if (PartialDates.TryYear(from, out var first) && PartialDates.TryYear(to, out var last))
                {
                    found = true;
                    var years = PartialDates.Years(first, last, out var capped);
                    foreach (var year in years)
                    {
                        entry.AddBirthDate(year);
                    }

                    if (capped)
                    {
                        Warn(diagnostics, "watchlist.long-range", $"{entry.ExternalId}: born between {from} and {to}: only the two years are listed", line, "FROM_YEAR");
                    }
                }
                else
                {
                    Warn(diagnostics, "un.bad-date", $"{entry.ExternalId}: years of birth '{from}' to '{to}' are not years; kept in the remarks", line, "FROM_YEAR");
                    entry.AddRemark($"Born between {from} and {to}");
                }
            }
            else if (Text(birth, "YEAR") is { } yearText)
            {
                // "Sep." in the note with a bare year is the month the year is missing.
                found = PartialDates.TryYear(yearText, out var year);
                if (found && note is not null && PartialDates.TryParseEnglish($"{note} {yearText}", out var withMonth))
                {
                    entry.AddBirthDate(withMonth);
                    note = null;
                }
                else if (found)
                {
                    entry.AddBirthDate(PartialDates.Format(year));
                }
                else
                {
                    Warn(diagnostics, "un.bad-date", $"{entry.ExternalId}: year of birth '{yearText}' is not a year; kept in the remarks", line, "YEAR");
                    entry.AddRemark($"Year of birth: {yearText}");
                }
            }

            if (note is not null)
            {
                // Some dates are only a note: "Nov. 1973". Others qualify the date ("Approximately", "from false passport").
                if (!found && PartialDates.TryParseEnglish(note, out var fromNote))
                {
                    entry.AddBirthDate(fromNote);
                }
                else
                {
                    entry.AddRemark($"Date of birth: {note}");
                }
            }
        }
    }

    private static void ReadNationalities(XElement element, WatchlistEntryBuilder entry, List<Diagnostic> diagnostics)
    {
        foreach (var value in element.Elements("NATIONALITY").Elements("VALUE"))
        {
            if (WatchlistEntryBuilder.Clean(value.Value) is { } country)
            {
                entry.AddNationality(WatchlistCountries.ResolveOrKeep(country, diagnostics, $"{entry.ExternalId}: nationality", LineOf(value), "NATIONALITY"));
            }
        }
    }

    /// <summary>
    /// Documents with a number; NUMBER is kept as given even when it is a sentence. A document without a
    /// number (only a note) goes to the remarks: numbers in free text are another component's job.
    /// </summary>
    private static void ReadDocuments(XElement element, WatchlistEntryBuilder entry, List<Diagnostic> diagnostics)
    {
        foreach (var document in element.Elements("INDIVIDUAL_DOCUMENT"))
        {
            var type = WatchlistEntryBuilder.Clean(Text(document, "TYPE_OF_DOCUMENT")) ?? WatchlistEntryBuilder.Clean(Text(document, "TYPE_OF_DOCUMENT2"));
            var number = Text(document, "NUMBER");
            var countryText = Text(document, "ISSUING_COUNTRY") ?? Text(document, "COUNTRY_OF_ISSUE");
            var notes = new List<string>();
            if (Text(document, "TYPE_OF_DOCUMENT") is not null && WatchlistEntryBuilder.Clean(Text(document, "TYPE_OF_DOCUMENT2")) is { } secondType)
            {
                notes.Add(secondType);
            }

            if (Text(document, "DATE_OF_ISSUE") is { } issued)
            {
                notes.Add($"issued {issued}");
            }

            if (Text(document, "CITY_OF_ISSUE") is { } city)
            {
                notes.Add($"in {city}");
            }

            if (WatchlistEntryBuilder.Clean(Text(document, "NOTE")) is { } note)
            {
                notes.Add(note);
            }

            if (number is null)
            {
                if (type is not null || notes.Count > 0)
                {
                    entry.AddRemark($"Document: {string.Join(", ", new[] { type, countryText }.OfType<string>().Concat(notes))}");
                }

                continue;
            }

            var country = countryText is null ? null
                : WatchlistCountries.ResolveOrKeep(countryText, diagnostics, $"{entry.ExternalId}: document {number}", LineOf(document), "ISSUING_COUNTRY");
            entry.AddDocument(new WatchlistDocumentRef(type ?? "Document", number, country, notes.Count == 0 ? null : string.Join("; ", notes)));
        }
    }

    private static WatchlistAddress? ReadAddress(XElement address)
    {
        var country = WatchlistEntryBuilder.Clean(Text(address, "COUNTRY"));
        var read = new WatchlistAddress(
            WatchlistEntryBuilder.Clean(Text(address, "STREET")),
            WatchlistEntryBuilder.Clean(Text(address, "CITY")),
            WatchlistEntryBuilder.Clean(Text(address, "STATE_PROVINCE")),
            WatchlistEntryBuilder.Clean(Text(address, "ZIP_CODE")),
            country is null ? null : WatchlistCountries.Resolve(country) ?? country,
            WatchlistEntryBuilder.Clean(Text(address, "NOTE")));
        return read.ToString().Length == 0 ? null : read;
    }

    private static void AddValues(XElement element, string name, string label, WatchlistEntryBuilder entry)
    {
        var values = element.Elements(name).Elements("VALUE").Select(v => WatchlistEntryBuilder.Clean(v.Value)).OfType<string>().ToList();
        if (values.Count > 0)
        {
            entry.AddRemark($"{label}: {string.Join(", ", values)}");
        }
    }

    private static string? JoinParts(XElement element, params string[] names)
    {
        var parts = names.Select(n => WatchlistEntryBuilder.Clean(Text(element, n))).OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>The trimmed text of a child element, or null when it is missing or empty.</summary>
    private static string? Text(XElement element, string name)
    {
        var value = element.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static void Warn(List<Diagnostic> diagnostics, string code, string message, int? line, string field) =>
        diagnostics.Add(new Diagnostic(Severity.Warning, code, message, Line: line, Field: field));

    private static int? LineOf(IXmlLineInfo info) => info.HasLineInfo() ? info.LineNumber : null;

    private static int? LineOf(XmlReader xml) => xml is IXmlLineInfo info ? LineOf(info) : null;
}
