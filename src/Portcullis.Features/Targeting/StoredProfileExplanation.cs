using System.Text.Json;
using Portcullis.Profiles.Compiling;

namespace Portcullis.Features.Targeting;

/// <summary>
/// A profile hit's explanation as stored with the hit: the version that fired, its rationale, and each
/// condition with whether it held and the values it saw. Kept as written then, so a later version or a
/// changed list does not rewrite why a subject was selected.
/// </summary>
public sealed record StoredProfileExplanation(
    string Profile, int Version, string Rationale, int Score, IReadOnlyList<StoredProfileExplanation.Condition> Conditions)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public sealed record Condition(string Text, bool Held, IReadOnlyList<Value> Values);

    public sealed record Value(string Expression, string Shown);

    public static StoredProfileExplanation From(VersionFacts version, ProfileExplanation explanation) => new(
        version.Name, version.Number, version.Rationale, version.Score,
        [.. explanation.Conditions.Select(c => new Condition(c.Condition, c.Held, [.. c.Values.Select(v => new Value(v.Expression, v.Value))]))]);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static StoredProfileExplanation? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<StoredProfileExplanation>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
