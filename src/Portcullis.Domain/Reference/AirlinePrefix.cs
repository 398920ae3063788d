namespace Portcullis.Domain.Reference;

/// <summary>A three-digit AWB prefix and the cargo carrier that issues waybills under it.</summary>
public sealed record AirlinePrefix(string Prefix, string Carrier);
