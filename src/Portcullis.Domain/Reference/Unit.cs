namespace Portcullis.Domain.Reference;

/// <summary>An inter-agency unit: one location, one jurisdiction, one or more member agencies.</summary>
public sealed record Unit(
    UnitCode Code,
    UnitKind Kind,
    string Name,
    string LocationCode,
    JurisdictionCode Jurisdiction,
    IReadOnlyList<string> AgencyCodes);
