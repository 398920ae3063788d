namespace Portcullis.Profiles.Checking;

/// <summary>Reference lists held in memory: for tests, the command line, and callers that load lists themselves.</summary>
public sealed class ReferenceLists(IReadOnlyDictionary<string, IReadOnlySet<string>> lists) : IReferenceLists
{
    public static ReferenceLists None { get; } = new(new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal));

    public IReadOnlySet<string>? Find(string name) => lists.GetValueOrDefault(name);

    public IEnumerable<string> Names => lists.Keys;
}
