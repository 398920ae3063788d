namespace Portcullis.Profiles.Syntax;

/// <summary>A 1-based line and column in the profile's text.</summary>
public readonly record struct SourcePosition(int Line, int Column);
