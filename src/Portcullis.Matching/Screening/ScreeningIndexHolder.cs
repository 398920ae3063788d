namespace Portcullis.Matching.Screening;

/// <summary>
/// Holds the current index and replaces it atomically: readers take <see cref="Current"/> once per
/// screening and keep using that instance, while a rebuild runs in the background and swaps the new
/// index in with one reference write. A screening never sees half a list.
/// </summary>
public sealed class ScreeningIndexHolder
{
    private ScreeningIndex _current = ScreeningIndex.Build([]);

    /// <summary>The index to screen against now.</summary>
    public ScreeningIndex Current => Volatile.Read(ref _current);

    /// <summary>Builds a new index from the entries and swaps it in when it is complete.</summary>
    public async Task RebuildAsync(IReadOnlyList<ScreeningEntry> entries, CancellationToken cancellationToken = default)
    {
        var index = await Task.Run(() => ScreeningIndex.Build(entries), cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _current, index);
    }

    /// <summary>Swaps in an index already built.</summary>
    public void Replace(ScreeningIndex index) => Volatile.Write(ref _current, index);
}
