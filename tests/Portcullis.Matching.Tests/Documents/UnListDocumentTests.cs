using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Portcullis.Matching.Documents;

namespace Portcullis.Matching.Tests.Documents;

/// <summary>
/// The documents of the UN Security Council Consolidated List (testdata/watchlists): the plain
/// numbers survive noise, and the numbers the list writes inside prose are found.
/// </summary>
public sealed class UnListDocumentTests(ITestOutputHelper output)
{
    private sealed record ListDocument(string Reference, string? Type, string? Number, string? Type2, string? Note);

    private static readonly Lazy<List<ListDocument>> Documents = new(Load);

    // Prose that names a document but gives no number of five characters or more: nothing to find.
    private static readonly string[] WithoutNumber =
    [
        "Afghan national identification card (tazkira) number 4414", // four digits
        "Residential card number 665", // three digits
        "issued for Djamel Mostefa", // a birth certificate with no number
        "issued in 1993, under name", // an Egyptian passport with no number
        "N°235/MISPAT/DIRCAB/DGPC/DGAEI/SI/SP", // a laissez-passer: number 235, then the issuing office's reference
    ];

    [Fact]
    public void PlainNumbers_NormalizeAndSurviveNoise()
    {
        var plain = Documents.Value.Where(d => d.Number is { } n && IsPlain(n)).ToList();
        var nearAfterSwap = 0;
        foreach (var document in plain)
        {
            var raw = document.Number!;
            var normalized = DocumentNumber.Normalize(raw);
            normalized.ShouldNotBeEmpty(raw);
            normalized.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)).ShouldBeTrue(raw);
            DocumentNumber.Normalize(normalized).ShouldBe(normalized, raw);

            var noisy = Noisy(normalized);
            DocumentNumber.NearBy(noisy, raw).ShouldBe(NearRule.SameSkeleton, $"{raw} / {noisy}");

            if (normalized.Length >= DocumentNumber.MinimumLengthForOneEdit && Swapped(normalized) is { } swapped)
            {
                DocumentNumber.IsNear(swapped, raw).ShouldBeTrue($"{raw} / {swapped}");
                nearAfterSwap++;
            }
        }

        output.WriteLine($"{plain.Count} plain numbers normalized and near their noisy variant; {nearAfterSwap} also near with two neighbours swapped.");
        plain.Count.ShouldBeGreaterThan(350);
    }

    [Fact]
    public void PlainNumbers_FoundWhenWrittenInASentence()
    {
        var plain = Documents.Value.Where(d => d.Number is { } n && IsPlain(n)).ToList();
        var missed = new List<string>();
        foreach (var document in plain)
        {
            var sentence = $"{document.Type ?? "Document"} No. {document.Number!.Trim()}, issued on 12 Jan. 2001";
            var found = DocumentNumberExtractor.Extract(sentence);
            if (!found.Any(f => f.Number == DocumentNumber.Normalize(document.Number)))
            {
                missed.Add(document.Number.Trim());
            }
        }

        output.WriteLine($"Plain numbers found in \"<type> No. <number>, issued on 12 Jan. 2001\": {plain.Count - missed.Count} of {plain.Count}.");
        output.WriteLine($"Missed (under five characters or over twenty): {string.Join(" | ", missed)}");
        missed.ShouldAllBe(m => DocumentNumber.Normalize(m).Length < DocumentNumberExtractor.MinimumLength || DocumentNumber.Normalize(m).Length > DocumentNumberExtractor.MaximumLength);
    }

    [Fact]
    public void ProseNumbers_Found()
    {
        var prose = Documents.Value.Select(d => (Document: d, Text: ProseOf(d))).Where(p => p.Text is not null).ToList();
        var report = new StringBuilder();
        var found = 0;
        var unexpectedMisses = new List<string>();
        foreach (var (document, text) in prose)
        {
            var numbers = DocumentNumberExtractor.Extract(text!);
            var oneLine = text!.ReplaceLineEndings(" ");
            if (numbers.Count > 0)
            {
                found++;
                report.AppendLine(CultureInfo.InvariantCulture, $"  found {string.Join(", ", numbers.Select(n => $"{n.Number} ({n.Kind})"))} in \"{oneLine}\"");
            }
            else
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  MISSED \"{oneLine}\"");
                if (!WithoutNumber.Any(w => text.Contains(w, StringComparison.Ordinal)))
                {
                    unexpectedMisses.Add(oneLine);
                }
            }
        }

        var known = prose.Count(p => WithoutNumber.Any(w => p.Text!.Contains(w, StringComparison.Ordinal)));
        output.WriteLine($"Documents: {Documents.Value.Count}; numbers in prose: {prose.Count}; extractor found a number in {found} " +
            $"({Percent(found, prose.Count)}), {Percent(found, prose.Count - known)} of the {prose.Count - known} that hold one of five characters or more.");
        output.WriteLine(report.ToString());
        unexpectedMisses.ShouldBeEmpty();
    }

    [Fact]
    public void NotesBesidePlainNumbers_YieldLittle()
    {
        // The notes beside a plain number are mostly dates and issuing offices: whatever the
        // extractor finds there is a false find unless the note repeats or adds a number.
        var notes = Documents.Value.Where(d => d.Number is { } n && IsPlain(n) && d.Note is not null).Select(d => d.Note!).ToList();
        var finds = notes.Select(n => (Note: n, Found: DocumentNumberExtractor.Extract(n))).Where(x => x.Found.Count > 0).ToList();

        output.WriteLine($"Notes beside plain numbers: {notes.Count}; with a number found: {finds.Count}.");
        foreach (var (note, found) in finds)
        {
            output.WriteLine($"  {string.Join(", ", found.Select(f => f.Number))} in \"{note.ReplaceLineEndings(" ")}\"");
        }

        finds.Count.ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public void Comments_Report()
    {
        // COMMENTS1 mixes biography, sanctions history and document numbers; no ground truth here,
        // only a count and a list for a reader to judge.
        var list = XDocument.Load(RepositoryFolders.TestData("watchlists", "un-sc-consolidated-2026-02-27.xml"));
        var comments = list.Descendants("INDIVIDUAL").Select(i => (string?)i.Element("COMMENTS1")).OfType<string>().ToList();
        var finds = comments.SelectMany(DocumentNumberExtractor.Extract).ToList();

        output.WriteLine($"Individuals' comments: {comments.Count}; numbers found: {finds.Count} " +
            $"(Passport {finds.Count(f => f.Kind == DocumentKind.Passport)}, NationalId {finds.Count(f => f.Kind == DocumentKind.NationalId)}, " +
            $"Other {finds.Count(f => f.Kind == DocumentKind.Other)}, without keyword {finds.Count(f => f.Keyword is null)}).");
        foreach (var f in finds)
        {
            output.WriteLine($"  {f.Number} ({f.Kind}, {f.Keyword ?? "no keyword"}): \"{f.Raw}\"");
        }

        comments.Count.ShouldBeGreaterThan(0);
    }

    private static List<ListDocument> Load()
    {
        var list = XDocument.Load(RepositoryFolders.TestData("watchlists", "un-sc-consolidated-2026-02-27.xml"));
        return [.. list.Descendants("INDIVIDUAL").SelectMany(individual => individual.Elements("INDIVIDUAL_DOCUMENT")
            .Where(d => d.HasElements)
            .Select(d => new ListDocument(
                (string?)individual.Element("REFERENCE_NUMBER") ?? "",
                Clean((string?)d.Element("TYPE_OF_DOCUMENT")),
                Clean((string?)d.Element("NUMBER")),
                Clean((string?)d.Element("TYPE_OF_DOCUMENT2")),
                Clean((string?)d.Element("NOTE")))))];
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // A number as a number field should hold it: letters and digits in groups, where a group without
    // a digit is a short prefix ("OB 0243318", "D 000912", "B/011641"), not a word.
    private static bool IsPlain(string number) =>
        number.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '/' or '.')
        && number.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(g => g.Any(char.IsDigit) || g.Length <= 3);

    // Where the list puts a number inside prose: in NUMBER itself, or, with no NUMBER, in the second
    // type or the note.
    private static string? ProseOf(ListDocument document)
    {
        if (document.Number is { } number)
        {
            return IsPlain(number) ? null : number;
        }

        var text = string.Join(" ", new[] { document.Type2, document.Note }.OfType<string>());
        return text.Length > 0 && text.Any(char.IsDigit) ? text : null;
    }

    // Spaces and a hyphen inserted, lower case, and one character swapped for its look-alike.
    private static string Noisy(string normalized)
    {
        var chars = normalized.ToLowerInvariant().ToCharArray();
        var swap = Array.FindIndex(chars, c => c is '0' or 'o' or '1' or 'i');
        if (swap >= 0)
        {
            chars[swap] = chars[swap] switch
            {
                '0' => 'O',
                'o' => '0',
                '1' => 'I',
                _ => '1',
            };
        }

        var text = new string(chars);
        return text.Length < 3 ? " " + text + " " : text[..1] + " " + text[1..^2] + "-" + text[^2..];
    }

    private static string? Swapped(string normalized)
    {
        for (var i = normalized.Length - 2; i >= 0; i--)
        {
            if (normalized[i] != normalized[i + 1])
            {
                return string.Concat(normalized.AsSpan(0, i), normalized.AsSpan(i + 1, 1), normalized.AsSpan(i, 1), normalized.AsSpan(i + 2));
            }
        }

        return null;
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
