namespace Portcullis.Profiles.Checking;

/// <summary>
/// Named reference lists kept as data (airports, countries, HS codes, companies) that profiles test
/// with <c>in list "name"</c>. A profile is checked, and compiled, against the lists as they are then.
/// </summary>
public interface IReferenceLists
{
    /// <summary>The list's values, or null if there is no list of that name.</summary>
    IReadOnlySet<string>? Find(string name);

    /// <summary>Every list's name, for "did you mean" suggestions.</summary>
    IEnumerable<string> Names { get; }
}
