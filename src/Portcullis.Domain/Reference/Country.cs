namespace Portcullis.Domain.Reference;

/// <summary>An ISO 3166-1 country (plus XK/XKX for Kosovo*, which ISO leaves to users).</summary>
/// <param name="Numeric">Three digits, or empty where ISO assigns none (XK).</param>
public sealed record Country(string Alpha2, string Alpha3, string Numeric, string Name);
