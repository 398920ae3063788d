using Portcullis.Matching.Screening;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// One key per list entry for every engine of the bench. The identifier alone is not enough: UN and
/// OFAC number their entries independently, so the list (the entry's tag) comes first.
/// </summary>
public static class EntryKey
{
    public static string Of(ScreeningEntry entry) => FormattableString.Invariant($"{entry.Tag}:{entry.Id}");
}
