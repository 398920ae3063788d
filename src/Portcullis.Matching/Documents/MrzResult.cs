namespace Portcullis.Matching.Documents;

/// <summary>The three sizes of machine-readable zone (ICAO Doc 9303 parts 4 to 6).</summary>
public enum MrzFormat
{
    Unknown,

    /// <summary>Identity cards: three lines of 30.</summary>
    Td1,

    /// <summary>Older identity cards and visas of that size: two lines of 36.</summary>
    Td2,

    /// <summary>Passport books: two lines of 44.</summary>
    Td3,
}

/// <summary>
/// A date as the zone writes it, YYMMDD, where an unknown month or day is given as fillers
/// ("7408&lt;&lt;"): each part is null when it is not digits. The century is not in the zone.
/// </summary>
public sealed record MrzDate(string Raw, int? Year, int? Month, int? Day)
{
    public bool IsComplete => Year is not null && Month is not null && Day is not null;
}

/// <summary>One problem with a zone: <c>Code</c> is stable (line-length, character, check-digit...), the message says where.</summary>
public sealed record MrzDiagnostic(string Code, string Message);

/// <summary>
/// What a machine-readable zone says. Text fields have fillers turned into spaces and trimmed; the
/// check results say whether each check digit matches its field.
/// </summary>
public sealed record MrzResult
{
    public MrzFormat Format { get; init; }

    /// <summary>"P", "I", "ID", "AC"...: the first two characters without fillers.</summary>
    public string DocumentType { get; init; } = "";

    /// <summary>ICAO three-letter code ("D" for Germany, "UTO" for the specimen state).</summary>
    public string IssuingState { get; init; } = "";

    public string Surname { get; init; } = "";

    public string GivenNames { get; init; } = "";

    /// <summary>The whole number, with a long number's overflow from the optional data (TD1, TD2) put back.</summary>
    public string DocumentNumber { get; init; } = "";

    public string Nationality { get; init; } = "";

    public MrzDate? BirthDate { get; init; }

    /// <summary>"M", "F" or "X" (unspecified, written '&lt;').</summary>
    public string Sex { get; init; } = "";

    public MrzDate? ExpiryDate { get; init; }

    /// <summary>Optional data as written (personal number on TD3), fillers trimmed; TD1 joins both of its optional fields.</summary>
    public string OptionalData { get; init; } = "";

    public bool DocumentNumberCheckValid { get; init; }

    public bool BirthDateCheckValid { get; init; }

    public bool ExpiryDateCheckValid { get; init; }

    public bool CompositeCheckValid { get; init; }

    public IReadOnlyList<MrzDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Every check digit right and nothing wrong with the lines.</summary>
    public bool IsValid =>
        Format != MrzFormat.Unknown && DocumentNumberCheckValid && BirthDateCheckValid && ExpiryDateCheckValid && CompositeCheckValid && Diagnostics.Count == 0;
}
