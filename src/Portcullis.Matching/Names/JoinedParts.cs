namespace Portcullis.Matching.Names;

/// <summary>Adjacent scored parts of a name written as one word: which (a bit per part), as shown, and its key.</summary>
public sealed record JoinedParts(ulong Bits, string Text, string Shown, string Key, string Skeleton, float Weight)
{
    /// <summary>Every run of two or three joinable adjacent parts.</summary>
    public static JoinedParts[] Of(IReadOnlyList<NamePart> parts)
    {
        var joined = new List<JoinedParts>();
        for (var i = 0; i + 1 < parts.Count; i++)
        {
            if (!IsJoinable(parts[i]))
            {
                continue;
            }

            var text = parts[i].Text;
            var shown = parts[i].Text;
            var weight = parts[i].Weight;
            var bits = 1UL << i;
            for (var end = i + 1; end < parts.Count && end <= i + 2 && IsJoinable(parts[end]); end++)
            {
                text += parts[end].Text;
                shown += " " + parts[end].Text;
                weight += parts[end].Weight;
                bits |= 1UL << end;
                var key = PhoneticKey.Of(text);
                joined.Add(new JoinedParts(bits, text, shown, key, PhoneticKey.Skeleton(key), weight));
            }
        }

        return [.. joined];
    }

    private static bool IsJoinable(NamePart part) =>
        part.Kind is NamePartKind.Particle || (part.Kind is NamePartKind.Name && part.Text.Length >= 3);
}
