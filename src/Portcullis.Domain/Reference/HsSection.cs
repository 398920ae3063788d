namespace Portcullis.Domain.Reference;

/// <summary>One of the 21 sections of the Harmonized System, numbered in Roman numerals.</summary>
public sealed record HsSection(string Number, string Name);
