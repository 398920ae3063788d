namespace Portcullis.Domain.Reference;

/// <summary>A law-enforcement agency that contributes officers to units.</summary>
public sealed record Agency(
    string Code,
    JurisdictionCode Jurisdiction,
    AgencyKind Kind,
    string Name,
    LocalName LocalName);
