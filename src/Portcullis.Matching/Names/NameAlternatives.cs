namespace Portcullis.Matching.Names;

/// <summary>
/// Splits a name that lists alternatives with slashes ("Al-Qa'ida/Islamic Army") into each of them.
/// A slash between single letters or inside a legal form ("A/S") is not a separator.
/// </summary>
public static class NameAlternatives
{
    /// <summary>The alternatives; the name itself when it has none.</summary>
    public static IReadOnlyList<string> Split(string name)
    {
        if (name.IndexOf('/', StringComparison.Ordinal) < 0)
        {
            return [name];
        }

        var pieces = name.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return pieces.Length > 1 && pieces.All(p => p.Count(char.IsLetter) >= 3) ? pieces : [name];
    }
}
